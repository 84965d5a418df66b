func largest<T: Comparable>(_ items: [T]) -> T {
    var best = items[0]
    for item in items where item > best { best = item }
    return best
}

func pair<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }

func countMatches<T>(_ items: [T], _ target: T) -> Int where T: Equatable {
    var count = 0
    for item in items where item == target { count += 1 }
    return count
}

func describeAll<T: CustomStringConvertible>(_ items: [T]) -> String {
    items.map { $0.description }.joined(separator: "|")
}

func apply<T>(_ value: T, times: Int, _ transform: (T) -> T) -> T {
    var result = value
    for _ in 0..<times { result = transform(result) }
    return result
}

print(largest([3, 9, 2]))
print(largest([1.5, -2.0, 0.25]))
print(largest(["pear", "apple", "zucchini"]))
let p = pair(1, "one")
print(p.0, p.1)
print(countMatches([1, 2, 1, 3, 1], 1))
print(countMatches(["a", "b"], "c"))
print(describeAll([1, 2, 3]))
print(apply(1, times: 10) { $0 * 2 })
print(apply("a", times: 3) { $0 + "b" })
let big = largest([10, 20]) + 1
print(big)
