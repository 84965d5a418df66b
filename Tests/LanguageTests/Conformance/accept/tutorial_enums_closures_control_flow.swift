// Enums with mutating methods, Hashable by hand, closures that compose, labelled loops, guard and defer.
enum Light: String, CaseIterable { case red, yellow, green
    mutating func next() { switch self { case .red: self = .green; case .green: self = .yellow; case .yellow: self = .red } }
    var duration: Int { switch self { case .red: 30; case .yellow: 5; case .green: 25 } }
}
var light = Light.red
for _ in 0..<4 { print(light, light.duration, terminator: "; "); light.next() }
print()
print(Light.allCases.map(\.rawValue), Light(rawValue: "green")?.duration ?? 0)
var byLight: [Light: Int] = [:]
for l in Light.allCases { byLight[l] = l.duration }
print(byLight.sorted { $0.value < $1.value }.map { "\($0.key)=\($0.value)" })
struct Point: Hashable { var x: Int, y: Int
    func hash(into hasher: inout Hasher) { hasher.combine(x) }
    static func == (a: Point, b: Point) -> Bool { a.x == b.x && a.y == b.y } }
let pts: Set<Point> = [Point(x: 1, y: 2), Point(x: 1, y: 2), Point(x: 2, y: 2)]
print(pts.count, pts.contains(Point(x: 2, y: 2)))
struct Item: Identifiable, Equatable { let id: Int; var name: String; var tags: [String] }
let a = Item(id: 1, name: "a", tags: ["x"]), b = Item(id: 1, name: "a", tags: ["x"])
print(a == b, a.id)
typealias Transform = (Double) -> Double
func compose(_ f: @escaping Transform, _ g: @escaping Transform) -> Transform { { g(f($0)) } }
let addOne: Transform = { $0 + 1 }, double: Transform = { $0 * 2 }
print(compose(addOne, double)(3), compose(double, addOne)(3))
func multiplier(_ k: Int) -> (Int) -> Int { { $0 * k } }
let triple = multiplier(3)
print([1, 2, 3].map(triple), [1, 2].map(multiplier(10)))
func curry(_ a: Int) -> (Int) -> (Int) -> Int { { b in { c in a + b + c } } }
print(curry(1)(2)(3))
var stack = [1, 2, 3]
while let top = stack.popLast() { print("pop", top, terminator: " ") }
print()
outer: for i in 1...3 { for j in 1...3 { if j == 2 { continue outer }; if i == 3 { break outer }; print(i, j) } }
for pair in [(1, 1), (2, 3), (4, 4)] {
    switch pair { case let (x, y) where x == y: print("same", x); case (0..<3, _): print("small"); default: print("other") }
}
func check(_ v: Int?, _ w: Int?) -> String {
    guard let v, let w, v < w else { return "no" }
    defer { print("checked") }
    return "\(v)<\(w)"
}
print(check(1, 2), check(nil, 2), check(3, 2))
let grades = ["ann": 91, "bob": 78, "cid": 85]
let honors = grades.filter { $0.value >= 85 }.keys.sorted()
print(honors, grades.values.reduce(0, +) / grades.count, grades.max { $0.value < $1.value }!.key)
let nested = ["fruits": ["apple", "fig"], "veg": ["kale"]]
print(nested.flatMap { $0.value }.sorted(), nested["fruits"]?.count ?? 0, nested.mapValues(\.count).sorted { $0.key < $1.key })
