// Key paths where a function is expected, and read through `[keyPath:]`.
struct Address { var city: String }
struct Person { var name: String; var age: Int; var address: Address }
enum Shape {
    case circle(radius: Double), square(side: Double)
    var area: Double {
        switch self {
        case .circle(let r): return 3 * r * r
        case .square(let s): return s * s
        }
    }
}
let people = [Person(name: "Ada", age: 36, address: Address(city: "London")),
              Person(name: "Alan", age: 41, address: Address(city: "Wilmslow"))]
print(people.map(\.name))
print(people.map(\.address.city))
print(people.map(\.age).reduce(0, +))
let shapes: [Shape] = [.circle(radius: 1), .square(side: 2)]
print(shapes.map(\.area))
let words = ["", "swift", "", "key"]
print(words.filter(\.isEmpty).count, words.map(\.count))
let agePath = \Person.age
print(people[0][keyPath: agePath], people[1][keyPath: \.name])
print([[1, 2], [3]].map(\.count), [1, 2, 3].map(\.self))
