import Foundation
import Language

/// Appending through a `mutating` method and through an `inout` argument, in a loop, at two sizes
/// four times apart: linear cost shows as a ratio near 4 between the two sizes (a copy of the
/// array per call would show near 16). Each size is also compared with the same program in CPython.
private let mutationPrograms: [(name: String, swift: (Int) -> String, python: (Int) -> String)] = [
    ("mutating-push", { count in """
        struct Stack { var items: [Int] = []; mutating func push(_ x: Int) { items.append(x) } }
        var stack = Stack()
        for i in 0..<\(count) { stack.push(i) }
        """ }, { count in """
        class Stack:
            def __init__(self): self.items = []
            def push(self, x): self.items.append(x)
        stack = Stack()
        for i in range(\(count)): stack.push(i)
        """ }),
    ("inout-append", { count in """
        func push(_ items: inout [Int], _ x: Int) { items.append(x) }
        var items: [Int] = []
        for i in 0..<\(count) { push(&items, i) }
        """ }, { count in """
        def push(items, x): items.append(x)
        items = []
        for i in range(\(count)): push(items, i)
        """ }),
]

func runMutationBenchmarks(_ recorder: BenchmarkRecorder) throws {
    for program in mutationPrograms {
        let small = 25_000, large = 100_000
        var largeSeconds = 0.0
        for count in [small, large] {
            let size = "\(count / 1000)k"
            guard let python = pythonSeconds(program.python(count)) else {
                print("mutation: python3 is not available; skipping \(program.name)")
                return
            }
            recorder.record("python-\(program.name)-\(size)", python, unit: "s")
            let session = Session(bindings: Bindings()) { _ in }
            let cell = try session.compile(CellSource(program.swift(count), file: "bench.md"))
            let seconds = try fastestSeconds(repeats: 3) { _ = try session.run(cell) }
            recorder.record("cell-\(program.name)-\(size)", seconds, unit: "s", against: "python-\(program.name)-\(size)")
            largeSeconds = seconds
        }
        // The large size again, against the small one: near 4 for a linear cost.
        recorder.record("cell-\(program.name)-growth", largeSeconds, unit: "s",
                        against: "cell-\(program.name)-\(small / 1000)k")
    }
}
