struct Matrix<T: Numeric> {
    var rows: Int, cols: Int
    var data: [T]
    init(rows: Int, cols: Int) {
        self.rows = rows; self.cols = cols
        data = Array(repeating: T.zero, count: rows * cols)
    }
    subscript(r: Int, c: Int) -> T {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
}
var m = Matrix<Double>(rows: 2, cols: 2)
m[0, 1] = 3
m[1, 0] = 1
print(m.data, m[0, 1] / 2)
var mi = Matrix<Int>(rows: 1, cols: 2)
mi[0, 0] = 7
print(mi.data, mi[0, 0] / 2)
func dot<T: Numeric>(_ a: [T], _ b: [T]) -> T {
    var s = T.zero
    for i in 0..<a.count { s += a[i] * b[i] }
    return s
}
print(dot([1, 2], [3, 4]), dot([0.5], [4]))
func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
print(maxOf(1, 2.5), maxOf(3, 2), maxOf("a", "b"))
