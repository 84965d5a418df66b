func largest<T: Comparable>(_ items: [T]) -> T {
    var best = items[0]
    for item in items where item > best { best = item }
    return best
}

struct Point { var x: Int }
print(largest([3, 1]))
let p = largest([Point(x: 1), Point(x: 2)])
