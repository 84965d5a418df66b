func makeCounter() -> () -> Int {
    var count = 0
    return { count += 1; return count }
}
let next = makeCounter()
print(next(), next(), next())
let add: (Int, Int) -> Int = { a, b in a + b }
print(add(2, 3))
