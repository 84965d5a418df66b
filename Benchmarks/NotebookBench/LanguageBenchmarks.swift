import Foundation
import Language

/// A host class for the call benchmarks.
private final class BenchCounter {
    var count = 0
    @inline(never) func bump(_ by: Int) { count &+= by }
}

/// Interpreter overhead: a tight loop of 10^6 iterations (target: under 1 s in release) and the
/// cost of one host function or method call from a cell (target: a few microseconds at most),
/// both against the same work done in compiled Swift in this run.
func runLanguageBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let bindings = Bindings()
    bindings.function("identity", "_ x: Int") { a in try a.int(0) }
    bindings.type(BenchCounter.self, "Counter") { t in
        t.initializer { _ in BenchCounter() }
        t.method("bump", "by amount: Int") { counter, a in counter.bump(try a.int("amount")) }
    }
    let session = Session(bindings: bindings) { _ in }
    func cell(_ source: String) throws -> CompiledCell { try session.compile(CellSource(source, file: "bench.md")) }

    let iterations = 1_000_000
    let data = opaque(Array(0..<8))
    let native = fastestSeconds(repeats: 5) {
        var sum = 0
        for i in 0..<iterations { sum &+= data[i & 7] }
        blackHole(sum)
    }
    recorder.record("native-loop-1e6", native, unit: "s")
    let loop = try cell("var sum = 0\nfor i in 0..<1_000_000 { sum += i % 8 }\nsum")
    recorder.record("loop-1e6", try fastestSeconds(repeats: 3) { _ = try session.run(loop) }, unit: "s", against: "native-loop-1e6")

    let calls = 100_000
    let plain = try cell("var s1 = 0\nfor i in 0..<100_000 { s1 += i }")
    let withCall = try cell("var s2 = 0\nfor i in 0..<100_000 { s2 += identity(i) }")
    let counter = try cell("let counter = Counter()\nfor i in 0..<100_000 { counter.bump(by: i) }")
    let plainSeconds = try fastestSeconds(repeats: 3) { _ = try session.run(plain) }
    let callSeconds = try fastestSeconds(repeats: 3) { _ = try session.run(withCall) }
    let methodSeconds = try fastestSeconds(repeats: 3) { _ = try session.run(counter) }
    let nativeCall = fastestSeconds(repeats: 5) {
        let target = BenchCounter()
        for i in 0..<calls { target.bump(i) }
        blackHole(target.count)
    }
    recorder.record("native-call", nativeCall / Double(calls) * 1e6, unit: "us/call")
    recorder.record("host-function-call", max(0, callSeconds - plainSeconds) / Double(calls) * 1e6, unit: "us/call", against: "native-call")
    recorder.record("host-method-call", max(0, methodSeconds - plainSeconds) / Double(calls) * 1e6, unit: "us/call", against: "native-call")

    let script = try cell("func twice(_ x: Int) -> Int { x * 2 }\nvar s3 = 0\nfor i in 0..<100_000 { s3 += twice(i) }")
    let scriptSeconds = try fastestSeconds(repeats: 3) { _ = try session.run(script) }
    recorder.record("script-function-call", max(0, scriptSeconds - plainSeconds) / Double(calls) * 1e6, unit: "us/call", against: "native-call")

    let source = "var curve: [Double] = []\nfor epoch in 1...5 {\n    curve.append(Double(epoch) * 0.5)\n}\nlet text = \"\\(curve)\""
    let compileSeconds = fastestSeconds(repeats: 5) { _ = try? Session(bindings: Bindings()).compile(CellSource(source)) }
    recorder.record("compile-cell", compileSeconds * 1e3, unit: "ms")

    try runCellVersusPythonBenchmarks(recorder)
}

@inline(never)
private func blackHole<T>(_ value: T) { _ = value }

/// Hides a value from the optimiser so that the native baselines are not computed at compile time.
@inline(never)
private func opaque<T>(_ value: T) -> T { value }
