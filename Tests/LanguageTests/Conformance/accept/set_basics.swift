let primes: Set = [2, 3, 5, 7]
var seen: Set<Int> = []
print(primes.count, primes.isEmpty, seen.isEmpty)
for n in [3, 1, 3, 4, 1, 5] {
    seen.insert(n)
}
print(seen.count, seen.sorted())
print(seen.contains(4), seen.contains(9))
let result = seen.insert(4)
print(result.inserted, result.memberAfterInsert)
print(seen.insert(10).inserted)
print(seen.remove(1) as Any, seen.remove(99) as Any)
print(seen.sorted(), seen.count)
let fromArray = Set([1, 2, 2, 3, 3, 3])
print(fromArray.count, fromArray.sorted())
let words: Set<String> = ["pear", "apple", "fig", "apple"]
print(words.count, words.sorted())
let empty = Set<Double>()
print(empty.isEmpty, empty.count)
print(Set(primes.map { $0 * 2 }).sorted())
print(primes == [7, 5, 3, 2], primes == [2, 3])
