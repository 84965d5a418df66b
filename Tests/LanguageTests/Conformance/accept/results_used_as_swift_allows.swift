// Valid neighbours of the void-result, forgotten-call, division and conformance rejections.
struct Point: Hashable, Comparable {
    var x: Int
    static func < (a: Point, b: Point) -> Bool { a.x < b.x }
}
func log(_ text: String) { print("log:", text) }
func three() -> Int { 3 }
let result: Void = log("a")
print(result)
let again: () = log("b")
let make: () -> Int = three
let stored = three
let zero = 0
print(make(), stored(), 7 / 2, 7 % 3, 7.0 / 0.0, three() / (zero + 1))
let points: Set<Point> = [Point(x: 2), Point(x: 1)]
print(points.sorted().map(\.x), [Point(x: 3), Point(x: 1)].sorted().first!.x)
let n = 4
switch n {
case 1: print("one")
case 2, 3: print("few")
default: print("many")
}
var xs = [3, 1, 2]
xs.sort()
_ = xs.popLast()
let removed: Int = xs.removeFirst()
print(xs, removed)
