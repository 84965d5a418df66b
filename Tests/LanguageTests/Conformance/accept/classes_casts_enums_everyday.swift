// Subclass polymorphism and casts, static factories, a Comparable raw-value enum whose members
// read rawValue implicitly, an indirect enum evaluator.
class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    var description: String { "\(name) says \(sound())" }
}
class Dog: Animal { override func sound() -> String { "Woof" } }
class Cat: Animal {
    var lives = 9
    override func sound() -> String { "Meow" }
}
let pets: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom"), Animal(name: "Generic")]
for pet in pets { print(pet.description) }
let cats = pets.compactMap { $0 as? Cat }
print(cats.count, cats[0].lives, pets.filter { $0 is Dog }.count)
if let dog = pets[0] as? Dog { print("dog:", dog.name) }
switch pets[1] {
case let c as Cat: print("cat with", c.lives, "lives")
case is Dog: print("dog")
default: print("other")
}
print(type(of: pets[0]), pets[0] is Animal)
print(pets[1])
struct Counter {
    private(set) var value = 0
    static let start = 10
    static func make() -> Counter { Counter(value: start) }
    mutating func increment(by step: Int = 1) { value += step }
}
var counter = Counter.make()
counter.increment()
counter.increment(by: 5)
print(counter.value, counter)
enum Level: Int, Comparable, CaseIterable {
    case low = 1, medium, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    var next: Level? { Level(rawValue: rawValue + 1) }
}
print(Level.allCases.sorted(by: >), Level.low < .high, Level.medium.next!, Level.high.next as Any)
let levels: Set<Level> = [.low, .high]
print(levels.contains(.low), levels.count)
indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    func eval() -> Int {
        switch self {
        case .num(let n): return n
        case let .add(a, b): return a.eval() + b.eval()
        case let .mul(a, b): return a.eval() * b.eval()
        }
    }
}
print(Expr.add(.num(2), .mul(.num(3), .num(4))).eval())
