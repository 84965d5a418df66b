func square(_ x: Int) -> Int {
    return x * x
}
let numbers = [3, 4, 5]
let first = numbers.first
print(square(first))
