func outer(_ n: Int) -> Int {
    func square(_ x: Int) -> Int { x * x }
    var total = 0
    for i in 1...n { total += square(i) }
    return total
}
print(outer(4))
