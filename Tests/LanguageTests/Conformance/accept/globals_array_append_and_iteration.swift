var values: [Double] = []
for i in 0..<5 { values.append(Double(i) * 0.5) }
let copy = values
values.append(99)
print(copy, values)
var snapshot = values
snapshot.append(-1)
print(values.count, snapshot.count, values.last!, snapshot.last!)

var xs = [1, 2, 3]
for x in xs { xs.append(x * 10) }
print(xs)
for (index, x) in xs.enumerated() where index < 2 { xs.append(x) }
print(xs)
xs.append(xs.count)
xs.append(xs[0])
print(xs)

var log: [String] = []
func record(_ s: String) { log.append(s) }
let shout = { (s: String) in log.append(s + "!") }
record("a")
shout("b")
record("c")
print(log)

var text = "ab"
text.append("c")
text.append(contentsOf: "de")
print(text)

func build(_ n: Int) -> [Int] {
    var out: [Int] = []
    for i in 0..<n { out.append(i * i) }
    let before = out
    out.append(-1)
    print(before.count, out.count)
    return out
}
print(build(4))

func counter() -> () -> [Int] {
    var seen: [Int] = []
    return {
        seen.append(seen.count)
        return seen
    }
}
let next = counter()
_ = next()
_ = next()
print(next())

var sum = 0.0
for value in values { sum += value }
print(sum)

var nested: [[Int]] = [[]]
nested.append([1])
nested[0].append(2)
let outer = nested
nested[1].append(3)
print(outer, nested)

var matrix = [[1, 2], [3, 4]]
var total = 0
for row in matrix {
    for item in row { total += item }
    matrix.append(row)
}
print(total, matrix.count)

var empty: [Int] = []
for item in empty { print("never", item) }
var i = 0
for _ in 0..<3 { i += 1 }
print(empty, i)

var last = 0.0
var largest = -1.0
for value in values {
    last = value
    if value > largest { largest = value }
}
print(last, largest)

struct Stack {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item * 2) }
}
var stack = Stack()
let emptyStack = stack
for i in 1...3 { stack.append(i) }
print(stack.items, emptyStack.items)

final class Journal {
    var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
let journal = Journal()
let sameJournal = journal
journal.append("one")
sameJournal.append("two")
print(journal.lines)

var grid: [[Double]] = []
for row in 0..<3 {
    grid.append([])
    for column in 0..<3 { grid[row].append(Double(row * 3 + column)) }
}
print(grid)
