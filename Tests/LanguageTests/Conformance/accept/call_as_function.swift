struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double {
        var result = 0.0
        for c in coefficients.reversed() { result = result * x + c }
        return result
    }
}

let p = Polynomial(coefficients: [1, 2, 3])
print(p(2), p(0.5))
print([0.0, 1.0, 2.0].map { p($0) })

class Accumulator {
    var total = 0
    func callAsFunction(_ value: Int) -> Int {
        total += value
        return total
    }
}
let acc = Accumulator()
_ = acc(5)
print(acc(10), acc.total)
