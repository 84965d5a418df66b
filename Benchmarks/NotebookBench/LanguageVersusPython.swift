import Foundation
import Language

/// The same small programs run as a cell and by `python3` in this run: a `for` loop with `%`,
/// naive recursion, building and summing an array, updating structs, counting into a dictionary,
/// math functions in a loop, a 2-D grid stencil (an array of arrays, a science notebook's), a
/// method called on a class instance, and structs made and passed to a method.
/// Each figure is the best of `cellVersusPythonRepeats` runs on both sides (the programs take a
/// few milliseconds, so one busy moment on the shared machine would otherwise decide the ratio);
/// the recorded ratio is the cell's time over CPython's (below
/// 1 means the cell is faster). Python reports its own loop time, so process start-up is excluded.
struct CellVersusPython {
    let name: String
    let swift: String
    let python: String
}

let cellVersusPythonPrograms: [CellVersusPython] = [
    CellVersusPython(name: "loop-modulo", swift: """
        var total = 0
        for i in 0..<1_000_000 { total += i % 7 }
        """, python: """
        total = 0
        for i in range(1_000_000): total += i % 7
        """),
    CellVersusPython(name: "fib-24", swift: """
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        let result = fib(24)
        """, python: """
        def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
        result = fib(24)
        """),
    CellVersusPython(name: "array-build-sum", swift: """
        var values: [Double] = []
        for i in 0..<200_000 { values.append(Double(i) * 0.5) }
        var sum = 0.0
        for value in values { sum += value }
        """, python: """
        values = []
        for i in range(200_000): values.append(i * 0.5)
        total = 0.0
        for value in values: total += value
        """),
    CellVersusPython(name: "struct-update", swift: """
        struct Particle { var x: Double; var v: Double }
        var particles = Array(repeating: Particle(x: 0, v: 1), count: 100)
        for _ in 0..<500 {
            for i in 0..<particles.count { particles[i].x += particles[i].v * 0.01 }
        }
        """, python: """
        class Particle:
            __slots__ = ("x", "v")
            def __init__(self, x, v): self.x = x; self.v = v
        particles = [Particle(0.0, 1.0) for _ in range(100)]
        for _ in range(500):
            for i in range(len(particles)): particles[i].x += particles[i].v * 0.01
        """),
    CellVersusPython(name: "dictionary-count", swift: """
        var counts: [Int: Int] = [:]
        for i in 0..<200_000 { counts[i % 100, default: 0] += 1 }
        """, python: """
        counts = {}
        for i in range(200_000): counts[i % 100] = counts.get(i % 100, 0) + 1
        """),
    CellVersusPython(name: "math-functions", swift: """
        var total = 0.0
        for i in 0..<100_000 { total += sqrt(Double(i)) + sin(Double(i) * 0.001) }
        """, python: """
        import math
        total = 0.0
        for i in range(100_000): total += math.sqrt(float(i)) + math.sin(i * 0.001)
        """),
    CellVersusPython(name: "grid-stencil", swift: """
        let n = 60
        var grid = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        grid[n / 2][n / 2] = 100
        for _ in 0..<10 {
            var next = grid
            for i in 1..<(n - 1) {
                for j in 1..<(n - 1) {
                    next[i][j] = grid[i][j] + 0.1 * (grid[i - 1][j] + grid[i + 1][j] + grid[i][j - 1] + grid[i][j + 1] - 4 * grid[i][j])
                }
            }
            grid = next
        }
        """, python: """
        n = 60
        grid = [[0.0] * n for _ in range(n)]
        grid[n // 2][n // 2] = 100
        for _ in range(10):
            nxt = [row[:] for row in grid]
            for i in range(1, n - 1):
                for j in range(1, n - 1):
                    nxt[i][j] = grid[i][j] + 0.1 * (grid[i - 1][j] + grid[i + 1][j] + grid[i][j - 1] + grid[i][j + 1] - 4 * grid[i][j])
            grid = nxt
        """),
    CellVersusPython(name: "method-call", swift: """
        final class Accumulator {
            var total = 0.0
            func add(_ x: Double) { total += x }
        }
        let accumulator = Accumulator()
        for i in 0..<200_000 { accumulator.add(Double(i)) }
        """, python: """
        class Accumulator:
            __slots__ = ("total",)
            def __init__(self): self.total = 0.0
            def add(self, x): self.total += x
        accumulator = Accumulator()
        for i in range(200_000): accumulator.add(float(i))
        """),
    CellVersusPython(name: "struct-construction", swift: """
        struct Vector {
            var x: Double
            var y: Double
            func dot(_ other: Vector) -> Double { x * other.x + y * other.y }
        }
        let axis = Vector(x: 1, y: 2)
        var total = 0.0
        for i in 0..<200_000 { total += axis.dot(Vector(x: Double(i), y: 1)) }
        """, python: """
        class Vector:
            __slots__ = ("x", "y")
            def __init__(self, x, y): self.x = x; self.y = y
            def dot(self, other): return self.x * other.x + self.y * other.y
        axis = Vector(1.0, 2.0)
        total = 0.0
        for i in range(200_000): total += axis.dot(Vector(float(i), 1.0))
        """),
]

func runCellVersusPythonBenchmarks(_ recorder: BenchmarkRecorder) throws {
    for program in cellVersusPythonPrograms {
        guard let python = pythonSeconds(program.python) else {
            print("language: python3 is not available; skipping \(program.name)")
            return
        }
        recorder.record("python-\(program.name)", python, unit: "s")
        let session = Session(bindings: Bindings()) { _ in }
        let cell = try session.compile(CellSource(program.swift, file: "bench.md"))
        let seconds = try fastestSeconds(repeats: cellVersusPythonRepeats) { _ = try session.run(cell) }
        recorder.record("cell-\(program.name)", seconds, unit: "s", against: "python-\(program.name)")
    }
}

/// How many times each side runs each program; the fastest run counts.
let cellVersusPythonRepeats = 9

/// The best of `cellVersusPythonRepeats` timings of `source`, measured by python3 itself.
func pythonSeconds(_ source: String) -> Double? {
    let indented = source.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    let script = "import time\ndef program():\n\(indented)\nbest = None\nfor _ in range(\(cellVersusPythonRepeats)):\n"
        + "    start = time.perf_counter(); program(); elapsed = time.perf_counter() - start\n"
        + "    best = elapsed if best is None else min(best, elapsed)\nprint(best)\n"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}
