struct Accumulator<Element: Numeric> {
    var items: [Element] = []
    mutating func add(_ x: Element) { items.append(x) }
    func total() -> Element { items.reduce(Element.zero, +) }
    var start: Element { .zero }
}
var doubles = Accumulator<Double>()
print(doubles.total(), doubles.start)
doubles.add(2)
doubles.add(0.5)
print(doubles.total())
let ints = Accumulator(items: [1, 2, 3])
print(ints.total(), ints.start)
struct Grid<Value: BinaryFloatingPoint> {
    var cells: [Value]
    init(count: Int) { cells = Array(repeating: Value.zero, count: count) }
    func mean() -> Value { cells.reduce(.zero, +) / Value(cells.count) }
}
var g = Grid<Double>(count: 4)
g.cells[0] = 2
print(g.mean(), g.cells)
