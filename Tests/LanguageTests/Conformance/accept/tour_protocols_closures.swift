import Foundation
protocol Animal { var name: String { get }; func sound() -> String }
extension Animal { func describe() -> String { "\(name) says \(sound())" } }
struct Dog: Animal { let name: String; func sound() -> String { "woof" } }
final class Cat: Animal {
    let name: String; var lives = 9
    init(name: String) { self.name = name }
    func sound() -> String { "meow" }
}
let zoo: [any Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
zoo.forEach { print($0.describe()) }
let cat = Cat(name: "Felix"); let alias = cat; alias.lives -= 1
print(cat.lives, cat === alias)
struct Counter { private(set) var count = 0; mutating func tick(by n: Int = 1) { count += n } }
var c = Counter(); c.tick(); c.tick(by: 5); print(c.count, c)
func apply<T>(_ f: (T) -> T, times: Int, to x: T) -> T { var y = x; for _ in 0..<times { y = f(y) }; return y }
print(apply({ $0 * 2 }, times: 10, to: 1), apply({ $0 + "!" }, times: 3, to: "hi"))
func makeCounter() -> () -> Int { var n = 0; return { n += 1; return n } }
let next = makeCounter(); _ = next(); print(next(), next())
var fns: [(Int) -> Int] = []
for k in 1...3 { fns.append { $0 * k } }
print(fns.map { $0(10) })
let nums = [5, 3, 8, 1, 9, 2]
print(nums.sorted(), nums.sorted(by: >), nums.filter { $0.isMultiple(of: 2) }, nums.firstIndex(of: 8) as Any)
print(nums.enumerated().map { "\($0.offset):\($0.element)" }.joined(separator: ","))
print(nums.min()!, nums.max()!, nums.reduce(0, +), nums.contains(9), nums.allSatisfy { $0 > 0 })
print(Array(nums.prefix(2)), Array(nums.dropLast(2)), Array(nums.reversed()), nums[1...3], nums.count { $0 > 4 })
var grid = Array(repeating: Array(repeating: ".", count: 4), count: 2)
grid[1][2] = "#"; print(grid.map { $0.joined() }.joined(separator: "\n"))
let opt: Int? = nil; let some: Int? = 4
print(opt ?? -1, some!, opt == nil, String(describing: some))
if let v = some, v > 3 { print("big", v) }
guard let w = some else { fatalError() }
print(w)
enum Planet: Int, CaseIterable { case mercury = 1, venus, earth }
print(Planet.allCases.map { "\($0)=\($0.rawValue)" }, Planet(rawValue: 3) as Any, Planet(rawValue: 7) as Any)
let t = (1, "a", 2.5); print(t, t.1)
let (q, r) = 17.quotientAndRemainder(dividingBy: 5); print(q, r, -17 % 5, 17 / -5)
print(7 / 2, 7.0 / 2, Double(7) / 2, 1 << 10, 0xff & 0x0f, ~0, 5 ^ 3)
var set: Set = [3, 1, 2]; set.insert(2); print(set.count, set.contains(1), set.sorted())
let dict = ["b": 2, "a": 1]; print(dict["a"] as Any, dict["z", default: 0], dict.keys.sorted(), dict.count)
let text = """
  multi
  line
  """
print(text, text.count)
print("tab\tquote\"back\\slash", "unicode \u{1F600}".count)
print(String(repeating: "ab", count: 3), "abc".first!, "abc".last!, Array("hey"), "a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
