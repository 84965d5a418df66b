// Mutating methods and inout arguments change values in place, with Swift's value semantics;
// function frames reused between calls keep what closures captured.
struct Failure: Error {}

struct Stack {
    var items: [Int] = []
    var pushes = 0
    mutating func push(_ x: Int) {
        items.append(x)
        pushes += 1
    }
    mutating func pushTwice(_ x: Int) {
        push(x)
        self.push(x + 1)
    }
    mutating func pushThenFail(_ x: Int) throws {
        items.append(x)
        throw Failure()
    }
    mutating func reset() { self = Stack() }
}

var stack = Stack()
for i in 0..<5 { stack.push(i) }
var saved = stack
stack.push(99)
print(stack.items, saved.items)
stack.pushTwice(7)
print(stack.items, stack.pushes)
do { try stack.pushThenFail(42) } catch { print("failed") }
print(stack.items)
saved.reset()
print(saved.items, saved.pushes, stack.pushes)

var stacks = [Stack(), Stack()]
stacks[1].push(5)
let before = stacks
stacks[1].push(6)
stacks[0].pushTwice(1)
print(stacks.map(\.items), before.map(\.items))

func localStacks() -> [Int] {
    var local = Stack()
    for i in 0..<4 { local.push(i * i) }
    let copy = local
    local.push(100)
    return copy.items + local.items
}
print(localStacks())

func append(_ items: inout [Int], _ x: Int) { items.append(x) }
func appendAll(_ items: inout [Int], _ others: [Int]) { items += others }
func appendThenFail(_ items: inout [Int]) throws {
    items.append(-1)
    throw Failure()
}
func swapEnds(_ items: inout [Int], _ count: inout Int) {
    let first = items[0]
    items[0] = items[items.count - 1]
    items[items.count - 1] = first
    count += 1
}

var numbers: [Int] = []
for i in 0..<5 { append(&numbers, i) }
let alias = numbers
append(&numbers, 5)
appendAll(&numbers, numbers)
print(numbers, alias)
do { try appendThenFail(&numbers) } catch { print("failed") }
print(numbers.count, numbers.last!)
var swaps = 0
swapEnds(&numbers, &swaps)
print(numbers.first!, numbers.last!, swaps)
var grid = [[1, 2], [3]]
append(&grid[1], 4)
print(grid)
stack.items = [1]
append(&stack.items, 2)
print(stack.items)

struct Particle { var x: Double; var v: Double }
var particles = Array(repeating: Particle(x: 0, v: 1), count: 3)
let snapshot = particles
for i in 0..<particles.count { particles[i].x += particles[i].v * 0.5 * Double(i + 1) }
particles[0].x += 1
print(particles.map(\.x), snapshot.map(\.x))
var pair = (Particle(x: 1, v: 2), 3)
pair.0.x += 10
print(pair.0.x, pair.1)

final class Box { var value = 0 }
var boxes = [Box(), Box()]
boxes[1].value += 5
print(boxes.map(\.value))

func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(20))
func makeCounters(_ n: Int) -> [() -> Int] {
    var counters: [() -> Int] = []
    for start in 0..<n {
        var count = start
        counters.append { count += 1; return count }
    }
    return counters
}
let counters = makeCounters(3) + makeCounters(2)
print(counters.map { $0() }, counters.map { $0() })
func adder(_ base: Int) -> (Int) -> Int { { base + $0 } }
let adders = (0..<4).map(adder)
print(adders.map { $0(10) })
func depth(_ n: Int, _ acc: [Int]) -> [Int] { n == 0 ? acc : depth(n - 1, acc + [n]) }
print(depth(5, []))

extension Particle { var energy: Double { v * v / 2 } }
func totalEnergy(_ items: [Particle]) -> Double {
    var total = 0.0
    for i in 0..<items.count { total += items[i].energy + items[i].x }
    return total
}
print(totalEnergy(particles), boxes[1].value, stacks[1].items.count)
let lazyPoints = [Particle(x: 2, v: 3)]
print(lazyPoints[0].x * lazyPoints[0].v)
