import Foundation
enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars
    var isInner: Bool { rawValue <= 4 }
}
print(Planet.allCases.map { "\($0)" }.joined(separator: ", "))
print(Planet(rawValue: 3) ?? .mercury, Planet.earth.rawValue)
enum Shape {
    case circle(radius: Double)
    case rect(w: Double, h: Double)
    case triangle(Double, Double, Double)
    var area: Double {
        switch self {
        case .circle(let r): return .pi * r * r
        case let .rect(w, h): return w * h
        case .triangle(let a, let b, let c):
            let s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)).squareRoot()
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(w: 2, h: 3), .triangle(3, 4, 5)]
for s in shapes { print(s, String(format: "%.2f", s.area)) }
print(shapes.map(\.area).max()!)
indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
    func eval() -> Int {
        switch self {
        case .num(let n): return n
        case .add(let a, let b): return a.eval() + b.eval()
        case .mul(let a, let b): return a.eval() * b.eval()
        }
    }
}
let e = Expr.add(.num(2), .mul(.num(3), .num(4)))
print(e.eval(), e)
let point = (3, -3)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("x-axis \(x)")
case let (x, y) where x == -y: print("diagonal \(x),\(y)")
default: print("other")
}
let c: Character = "e"
switch c {
case "a", "e", "i", "o", "u": print("vowel")
default: print("consonant")
}
let score = 85
switch score {
case 90...: print("A")
case 80..<90: print("B")
default: print("C")
}
var opt: String? = "hi"
if let opt { print(opt.count) }
guard let o = opt else { fatalError() }
print(o)
struct Counter {
    private(set) var value = 0
    mutating func increment(by n: Int = 1) { value += n }
    static var instances = 0
    init() { Counter.instances += 1 }
}
var ctr = Counter(); ctr.increment(); ctr.increment(by: 5)
_ = Counter()
print(ctr.value, Counter.instances)
protocol Animal { var name: String { get }; func speak() -> String }
extension Animal { func describe() -> String { "\(name) says \(speak())" } }
struct Dog: Animal { let name: String; func speak() -> String { "Woof" } }
class Cat: Animal { let name: String; init(name: String) { self.name = name }; func speak() -> String { "Meow" } }
let zoo: [any Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
zoo.forEach { print($0.describe()) }
print(zoo.compactMap { $0 as? Dog }.count, zoo[1] is Cat)
func swapTwo<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var a1 = 1, b1 = 2
swapTwo(&a1, &b1)
print(a1, b1)
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([3, 9, 2]) ?? 0, largest(["b", "a"]) ?? "")
