// A function reached through another name is a value of function type: called without labels.
func makeScaler(by factor: Int) -> (Int) -> Int {
    func scale(value: Int) -> Int { value * factor }
    return scale
}
let triple = makeScaler(by: 3)
print(triple(7))
func combine(first: String, second: String) -> String { first + "+" + second }
let joiner = combine
print(joiner("a", "b"), combine(first: "c", second: "d"))
let operations: [(Int, Int) -> Int] = [{ $0 + $1 }, max]
print(operations.map { $0(4, 9) })
