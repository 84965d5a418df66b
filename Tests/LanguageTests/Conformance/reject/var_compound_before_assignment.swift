func total() -> Int {
    var sum: Int
    sum += 1
    return sum
}
print(total())
