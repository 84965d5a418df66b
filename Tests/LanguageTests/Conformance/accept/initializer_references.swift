struct T { let c: Double }
let f = T.init
print(f(2).c)
print([1.0, 2.0].map(T.init).map(\.c))
struct Point { var x: Double; var y: Double }
print(zip([1.0, 2.0], [3.0, 4.0]).map(Point.init).map(\.y))
struct Celsius {
    let value: Double
    init(_ value: Double) { self.value = value }
    init(fahrenheit: Double) { value = (fahrenheit - 32) * 5 / 9 }
}
print([32.0, 212.0].map(Celsius.init(fahrenheit:)).map(\.value))
print(["1", "x", "3"].compactMap(Int.init))
print([1, 2].map(String.init))
class Box { let v: Int; init(v: Int) { self.v = v } }
print([5, 6].map(Box.init).map(\.v))
