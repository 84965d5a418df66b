enum Failure: Error { case low, high }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw Failure.low }
    if x > 100 { throw Failure.high }
    return x
}
func checkAll(_ xs: [Int]) throws -> Int {
    var total = 0
    for x in xs { total += try check(x) }
    return total
}
do {
    print(try checkAll([1, 2, 3]))
    print(try checkAll([1, 200]))
} catch Failure.high {
    print("too high")
} catch {
    print("other")
}
