// A mutating call whose closure reads other variables while the receiver changes.
var values = [5, 1, 4, 2, 3]
let limit = 3
values.removeAll { $0 > limit }
print(values)
func trimmed(_ input: [Int], above bound: Int) -> [Int] {
    var items = input
    let offset = 1
    items.removeAll { $0 + offset > bound }
    items.sort { $0 > $1 + offset - 1 }
    return items
}
print(trimmed([9, 2, 7, 3, 1], above: 5))
class Counter { var items: [Int] = []; var threshold = 2 }
let counter = Counter()
counter.items = [1, 2, 3, 4]
counter.items.removeAll { $0 > counter.threshold }
print(counter.items)
var matrix = [[3, 1, 2], [9, 8, 7]]
let reference = matrix[0]
matrix[1].sort { $0 < $1 + reference[0] - 3 }
print(matrix)
