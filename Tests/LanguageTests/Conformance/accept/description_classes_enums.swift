class Animal: CustomStringConvertible {
    let name: String
    init(name: String) { self.name = name }
    var description: String { "Animal(\(name))" }
}

class Dog: Animal {
    override var description: String { "Dog named \(name)" }
}

enum Direction: CustomStringConvertible {
    case north, south
    var description: String {
        switch self {
        case .north: return "N"
        case .south: return "S"
        }
    }
}

struct Route {
    var heading: Direction
    var steps: Int
}

extension Route: CustomStringConvertible {
    var description: String { "\(steps) steps \(heading)" }
}

let pets: [Animal] = [Animal(name: "generic"), Dog(name: "Rex")]
print(pets[0])
print(pets[1])
print("pets: \(pets)")
print(Direction.north, [Direction.south, .north])
let route = Route(heading: .south, steps: 3)
print(route, String(describing: route))
print("route is \(route)")
let optionalRoute: Route? = route
print(optionalRoute as Any)
