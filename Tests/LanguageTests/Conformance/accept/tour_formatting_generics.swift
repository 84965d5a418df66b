import Foundation
print(String(format: "%e|%g|%5d|%-5d|%05.1f|%x|%X|%o|%%|%+d|%.3g", 12345.678, 0.0001234, 42, 42, 3.14159, 255, 255, 8, 7, 1234.5))
print(String(format: "%@ has %d items", "cart", 3), String(format: "%10.3f|", Double.pi))
let price = 1234.5
print("Total: \(price)")
struct Matrix {
    var rows: Int, cols: Int
    var data: [Double]
    init(rows: Int, cols: Int) { self.rows = rows; self.cols = cols; data = Array(repeating: 0, count: rows * cols) }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
    static func * (a: Matrix, b: Matrix) -> Matrix {
        var m = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows { for j in 0..<b.cols { var s = 0.0; for k in 0..<a.cols { s += a[i, k] * b[k, j] }; m[i, j] = s } }
        return m
    }
}
var a = Matrix(rows: 2, cols: 2); a[0, 0] = 1; a[0, 1] = 2; a[1, 0] = 3; a[1, 1] = 4
let b = a * a
print(b.data, b[1, 1])
class Node<T> { var value: T; var next: Node<T>?; init(_ v: T, next: Node<T>? = nil) { value = v; self.next = next } }
var head: Node<Int>? = nil
for i in 1...5 { head = Node(i, next: head) }
var cursor = head; var out: [Int] = []
while let n = cursor { out.append(n.value); cursor = n.next }
print(out)
struct Stack<Element> { private var items: [Element] = []; mutating func push(_ x: Element) { items.append(x) }; mutating func pop() -> Element? { items.popLast() }; var isEmpty: Bool { items.isEmpty } }
var st = Stack<String>(); st.push("a"); st.push("b"); print(st.pop()!, st.pop() as Any, st.pop() as Any, st.isEmpty)
enum MathError: Error, CustomStringConvertible { case divideByZero; var description: String { "division by zero" } }
func safeDiv(_ a: Double, _ b: Double) throws -> Double { if b == 0 { throw MathError.divideByZero }; return a / b }
do { _ = try safeDiv(1, 0) } catch { print("caught:", error) }
print((try? safeDiv(4, 2)) as Any, (try? safeDiv(1, 0)) as Any)
var log: [String] = []
func work() { defer { log.append("deferred") }; log.append("body") }
work(); print(log)
let celsius = [0.0, 37.0, 100.0]
let fahrenheit = celsius.map { $0 * 9 / 5 + 32 }
print(fahrenheit, fahrenheit.map { Int($0) }, fahrenheit.map { String(format: "%.1f°F", $0) })
let sum = (1...100).reduce(0, +), squares = (1...5).map { $0 * $0 }
print(sum, squares, (1...10).filter { $0 % 3 == 0 }, Array(stride(from: 10, to: 0, by: -3)))
var fib = [0, 1]; while fib.count < 15 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }; print(fib)
print(fib.filter { $0 % 2 == 0 }.prefix(3).map { $0 }, Array(fib.suffix(2)))
let chars: [Character] = ["s", "w", "i", "f", "t"]; print(String(chars), chars.map { $0.uppercased() })
print("swift".map { $0 }, "a" < "b", "Zebra".lowercased() < "apple", "é".count, "straße".uppercased())
print(abs(-3), abs(-2.5), max(1, 5, 3), min(2.5, 1.5), (-7).signum(), 10.0.squareRoot(), 2.0.squareRoot())
print(Int(3.99), Int(-3.99), Int((3.5).rounded()), Int(4.5.rounded()), (2.5).rounded(.toNearestOrEven), round(-2.5), floor(-1.5), ceil(1.2))
