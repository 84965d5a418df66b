// Generic functions, protocols with extensions, existentials, variadic generics of everyday code.
func sum<C: Collection>(_ c: C) -> Int where C.Element == Int { c.reduce(0, +) }
print(sum([1, 2, 3]), sum(Set([4, 5])))
func average<S: Sequence>(_ s: S) -> Double where S.Element == Double {
    var total = 0.0, n = 0
    for x in s { total += x; n += 1 }
    return n == 0 ? 0 : total / Double(n)
}
print(average([1.0, 2.0, 4.5]))
func describeAll<T: CustomStringConvertible>(_ items: [T]) -> String { items.map(\.description).joined(separator: ", ") }
print(describeAll([1, 2]), describeAll(["a"]))
func firstIndex<T: Equatable>(of x: T, in xs: [T]) -> Int? { xs.firstIndex(of: x) }
print(firstIndex(of: 3, in: [1, 3]) as Any)
func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] { Array(zip(a, b)) }
print(pairUp([1, 2], ["x", "y"]))
protocol Animal { var name: String { get }; func sound() -> String }
extension Animal { func describe() -> String { "\(name) says \(sound())" } }
struct Dog: Animal { let name: String; func sound() -> String { "woof" } }
struct Cat: Animal { let name: String; func sound() -> String { "meow" } }
func chorus(_ animals: [any Animal]) -> [String] { animals.map { $0.describe() } }
print(chorus([Dog(name: "Rex"), Cat(name: "Tom")]))
func loudest<T: Animal>(_ a: T) -> String { a.sound().uppercased() }
print(loudest(Dog(name: "x")))
func maxOf<T: Comparable>(_ a: T, _ b: T, _ rest: T...) -> T { ([a, b] + rest).max()! }
print(maxOf(3, 9, 4), maxOf("pear", "apple"))
struct Queue<T> { private var items: [T] = []
    mutating func enqueue(_ x: T) { items.append(x) }
    mutating func dequeue() -> T? { items.isEmpty ? nil : items.removeFirst() }
    var count: Int { items.count } }
extension Queue where T: Numeric { var total: T { items.reduce(0, +) } }
var q = Queue<Double>(); q.enqueue(1.5); q.enqueue(2); print(q.total, q.dequeue()!, q.count)
func apply<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] { var out: [U] = []; for x in xs { out.append(f(x)) }; return out }
print(apply([1, 2]) { Double($0) / 2 }, apply(["a"]) { $0.count })
