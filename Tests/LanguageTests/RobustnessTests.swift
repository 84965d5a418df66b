import SwiftParser
import SwiftSyntax
import XCTest
@testable import Language

/// Mutates real cell sources token by token (drop, duplicate, swap) and runs every mutant
/// through the whole pipeline: it may fail with an error, but must never crash or hang.
final class RobustnessTests: XCTestCase {
    static let cells = [
        """
        let model = Stack()
        model.add(nn.Scale(2, by: 3, activation: .relu))
        var curve: [Double] = []
        for epoch in 1...3 where epoch != 2 { curve.append(Double(epoch) * 0.5) }
        let summary = "epochs: \\(curve.count), last: \\(curve.last ?? 0)"
        """,
        """
        class Net: nn.Module {
            let first = nn.Scale(2, by: 2)
            func forward(_ x: Vector) -> Vector {
                var x = F.relu(first(x))
                x = first(x)
                return x
            }
        }
        let net = Net()
        net(Vector([1, -1])).values.map { $0 * 2 }.reduce(0, +)
        """,
        """
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        var table: [String: Int] = [:]
        for (i, name) in ["a", "b", "c"].enumerated() { table[name] = fib(i + 5) }
        var n = 0
        while n < 10 { n += 1; if n % 3 == 0 { continue } }
        guard let best = table["b"] else { fatalError() }
        let text = String(format: "%d %.2f", best, Double(n) / 3)
        """,
        """
        struct Point: Equatable { var x = 0.0, y: Double
            var norm: Double { (x * x + y * y).squareRoot() }
            mutating func move(by d: Double) { x += d; y -= d }
        }
        var points = [Point(y: 1), Point(x: 2, y: 3)]
        points[1].move(by: 0.5)
        let same = points[0] == Point(x: 0, y: 1)
        """,
        """
        enum Shape: CaseIterable { case square, circle
            var corners: Int { switch self { case .square: return 4; case .circle: return 0 } }
        }
        enum Reading { case value(Double), missing }
        for r in [Reading.value(2), .missing] {
            switch r { case .value(let v) where v > 1: print(v); case .value: break; case .missing: print("none") }
        }
        if case .value(let v) = Reading.value(3) { print(v, Shape.allCases.count) }
        """,
        """
        enum Problem: Error { case bad(Int) }
        func risky(_ n: Int) throws -> Int { defer { print("done") }; if n > 2 { throw Problem.bad(n) }; return n }
        do { print(try risky(1), try risky(5)) } catch Problem.bad(let n) { print(n) } catch { print(error) }
        let maybe = try? risky(9)
        switch (maybe, 1) { case (nil, let k): print(k); case (let m?, _): print(m) }
        """,
        """
        var seen: Set<Character> = []
        for c in "hello" where c.isLetter { if !seen.insert(c).inserted { print(c, c.asciiValue! << 1 | 1) } }
        let f: Float = 0.1 + Float(Int.random(in: 1...3)), items: [Any] = [1, "a", f]
        for case let n as Int in items { debugPrint(n & ~1, items.shuffled().count) }
        switch seen.count { case 4: fallthrough; case 0...2: print(Set([1, 2]).union([3]).sorted()); default: break }
        let groups = Dictionary(grouping: [1, 2, 3], by: { $0 % 2 })
        let first = items[0] as! Int, text = String(Array("abc").reversed())
        """,
        """
        protocol Shape { var area: Double { get }; func scaled(by k: Double) -> Self }
        extension Shape { var double: Double { area * 2 } }
        struct Square: Shape, Comparable { var side: Double
            var area: Double { side * side }
            func scaled(by k: Double) -> Square { Square(side: side * k) }
            static func < (a: Square, b: Square) -> Bool { a.side < b.side }
        }
        extension Array where Element == Double { var mean: Double { reduce(0, +) / Double(count) } }
        let shapes: [any Shape] = [Square(side: 2), Square(side: 3).scaled(by: 2)]
        print(shapes.map { $0.double }.mean, [Square(side: 3), Square(side: 1)].sorted())
        """,
        """
        func largest<T: Comparable>(_ xs: [T]) -> T where T: Equatable { xs.max()! }
        struct Counter { static var made = 0; var value = 0 { didSet { Counter.made += oldValue } }
            lazy var label = "c\\(value)"
            var twice: Int { get { value * 2 } set { value = newValue / 2 } }
            func callAsFunction(_ x: Int) -> Int { x + value }
        }
        func bump(_ x: inout Int, by d: Int = 1) { x += d }
        var c = Counter(); c.twice = 8; bump(&c.value); var a = 1, b = 2; swap(&a, &b)
        print(largest([a, b, c(1)]), Counter.made, c.label, c.value)
        """,
        """
        struct Stack<Element: Numeric> { var items: [Element] = []
            mutating func push(_ x: Element) { items.append(x) }
            func total() -> Element { items.reduce(Element.zero, +) }
        }
        protocol Bag { associatedtype Item; var items: [Item] { get } }
        extension Bag { func first() -> Item? { items.first }; func same() -> Self { self } }
        struct Key: Hashable { var id: Int; static func == (a: Key, b: Key) -> Bool { a.id == b.id } }
        func sum<T: Numeric>(_ xs: [T]) -> T { var s: T = .zero; for x in xs { s += x }; return s }
        func show(_ x: Int) -> String { "\\(x)" }
        func show(_ x: Double) -> String { "\\(x / 2)" }
        var s = Stack<Double>(); s.push(2); let seen: Set<Key> = [Key(id: 1), Key(id: 1)]
        print(s.total(), sum([1, 2]), show(3), show(1.5), seen.count, Stack(items: [1, 2]).total())
        """,
        """
        struct Cell { var name: String; var hits = 0 }
        var cells = [Cell(name: "a"), Cell(name: "b")]
        for var cell in cells { cell.hits += 1; assert(cell.hits == 1, "fresh copy") }
        var log = ""
        print(zip([1.0, 2.0], [3.0, 4.0]).map(*), [Cell.self].count, terminator: "|", to: &log)
        let scores: [String: [Int]] = ["a": [1]]
        precondition(!log.isEmpty)
        print(scores["a"]?.first as Any, cells.min { $0.name < $1.name }?.name as Any, max(.pi, 1.0), [3.0, .nan].count)
        """,
        """
        class Owner { let name: String; var pet: Pet?; init(name: String) { self.name = name }; deinit { print("bye", name) } }
        class Pet { weak var owner: Owner?; unowned let keeper: Owner; init(keeper: Owner) { self.keeper = keeper } }
        var alice: Owner? = Owner(name: "alice")
        alice?.pet = Pet(keeper: alice!); alice?.pet?.owner = alice
        struct V { var x: Double }
        func + (a: V, b: V) -> V { V(x: a.x + b.x) }
        enum Failure: Error { case empty }
        let result: Result<V, Failure> = .success(V(x: 1) + V(x: 2))
        print((try? result.get())?.x ?? 0, "héllo".utf8.count, [1.0].map(V.init).count, Date(timeIntervalSince1970: 0))
        alice = nil
        """,
        """
        struct Countdown: Sequence, IteratorProtocol { var n: Int
            mutating func next() -> Int? { n -= 1; return n >= 0 ? n : nil } }
        struct Naturals: Sequence, IteratorProtocol { var n = 0; mutating func next() -> Int? { n += 1; return n } }
        func mean<S: Sequence>(_ s: S) -> Double where S.Element == Double { s.reduce(0, +) }
        class Base { let v: Int; init(v: Int) { self.v = v }; convenience init() { self.init(v: 1) } }
        class Sub: Base {}
        struct Oops: LocalizedError { var errorDescription: String? { "oops" } }
        var xs = Array(Countdown(n: 5)); let p = xs.partition { $0 > 2 }
        if let (lo, hi) = xs.isEmpty ? nil : (xs.min()!, xs.max()!) { dump((lo, hi, p), name: "range") }
        print(type(of: xs), Naturals().prefix(3).map { $0 }, mean([1, 2]), Sub().v, 1234.formatted(), readLine() as Any,
              Oops().localizedDescription, "a, b".split(separator: ", "), "x-y".components(separatedBy: CharacterSet(charactersIn: "-")))
        """,
    ]

    /// SplitMix64: a tiny deterministic generator, so failures reproduce exactly.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
        }
    }

    func testUnmutatedCellsRun() throws {
        for source in Self.cells {
            let session = Session(bindings: makeHostBindings()) { _ in }
            XCTAssertNoThrow(try session.run(CellSource(source, file: "fuzz.md")), source)
        }
    }

    func testMutatedCellsNeverCrashOrHang() {
        var generator = Generator(state: 2026)
        var outcomes = [0, 0]
        for iteration in 0..<400 {
            let source = Self.cells[iteration % Self.cells.count]
            var tokens = Parser.parse(source: source).tokens(viewMode: .sourceAccurate).map { $0.description }
            for _ in 0..<(1 + generator.next(3)) {
                let index = generator.next(tokens.count)
                switch generator.next(3) {
                case 0: tokens.remove(at: index)
                case 1: tokens.insert(tokens[index], at: index)
                default: tokens.swapAt(index, generator.next(tokens.count))
                }
                if tokens.isEmpty { tokens = ["0"] }
            }
            let session = Session(bindings: makeHostBindings()) { _ in }
            let cancel = DispatchWorkItem { session.cancellation.cancel() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.25, execute: cancel)
            do {
                _ = try session.run(CellSource(tokens.joined(), file: "fuzz.md"))
                outcomes[0] += 1
            } catch {
                outcomes[1] += 1
                XCTAssertTrue(error is LanguageError || error is LanguageErrors, "\(error)")
            }
            cancel.cancel()
        }
        XCTAssertGreaterThan(outcomes[1], 0, "mutations should break some cells")
        XCTAssertGreaterThan(outcomes[0], 0, "some mutations should still run")
    }
}
