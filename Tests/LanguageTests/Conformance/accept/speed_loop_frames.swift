// Each iteration of a loop has its own variables, even when the interpreter reuses frames.
var makers: [() -> Int] = []
for i in 0..<4 {
    let square = i * i
    makers.append { square + i }
}
print(makers.map { $0() })
var total = 0
for value in [3, 5, 7] {
    var local = value
    local += total
    total += local
}
print(total)
func sums(_ n: Int) -> [Int] {
    var result: [Int] = []
    for i in 1...n {
        var acc = 0
        for j in 0..<i { acc += j }
        result.append(acc)
    }
    return result
}
print(sums(6))
var k = 0
while k < 3 {
    let doubled = k * 2
    makers.append { doubled }
    k += 1
}
print(makers.map { $0() })
