let inputs = ["1", "two", "3", "4x", "5"]
let numbers = inputs.compactMap { Int($0) }
print(numbers)
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.flatMap { $0.map { $0 * 10 } })
let optionals: [Int?] = [1, nil, 3, nil]
print(optionals.compactMap { $0 })
let sentences = ["a b", "c d e"]
let words = sentences.flatMap { $0.split(separator: " ").map { String($0) } }
print(words, words.count)
let lengths = words.compactMap { $0 == "c" ? nil : $0.count }
print(lengths)
print(["ab", "cd"].flatMap { Array($0) })
let pairs = [1, 2, 3].flatMap { n -> [Int] in [n, -n] }
print(pairs)
