struct Counter {
    static var created = 0
    static let limit = 3
    let id: Int
    init() {
        Counter.created += 1
        id = Counter.created
    }
    static func reset() { created = 0 }
    static var remaining: Int { limit - created }
    func describe() -> String { "counter \(id) of \(Self.created)" }
}

let a = Counter()
let b = Counter()
print(a.describe(), b.describe())
print(Counter.created, Counter.remaining)
Counter.reset()
print(Counter.created)
Counter.created += 10
print(Counter.created)

enum Planet: Int {
    case mercury = 1, venus, earth
    static let home = Planet.earth
    static func named(_ name: String) -> Planet? {
        switch name {
        case "earth": return .earth
        case "venus": return .venus
        default: return nil
        }
    }
}
print(Planet.home, Planet.home.rawValue)
print(Planet.named("venus") ?? .mercury)

class Config {
    class var name: String { "base" }
    static var verbose = false
    static func toggle() -> Bool {
        verbose = !verbose
        return verbose
    }
}
print(Config.name, Config.verbose)
print(Config.toggle(), Config.verbose)

struct Point {
    var x = 0.0, y = 0.0
    static let origin = Point()
    static func + (lhs: Point, rhs: Point) -> Point { Point(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
}
let moved = Point.origin + Point(x: 1, y: 2)
print(moved, Point.origin)
