import Foundation

/// One measured figure. `baseline` names another result of the same run that this one should be
/// read against: on a shared, noisy machine only ratios within one run mean anything.
struct BenchmarkResult: Codable {
    let suite: String
    let name: String
    let value: Double
    let unit: String
    var baseline: String? = nil
    var ratio: Double? = nil
}

/// Collects results from the suites, prints a human table and writes JSON.
final class BenchmarkRecorder {
    private(set) var results: [BenchmarkResult] = []
    let suite: String

    init(suite: String) { self.suite = suite }

    /// Records `value` and, when a baseline of this suite is named, its ratio to that baseline.
    func record(_ name: String, _ value: Double, unit: String, against baseline: String? = nil) {
        var result = BenchmarkResult(suite: suite, name: name, value: value, unit: unit, baseline: baseline)
        if let baseline, let base = results.first(where: { $0.name == baseline }), base.value != 0 {
            result.ratio = value / base.value
        }
        results.append(result)
    }
}

/// Wall-clock seconds of the fastest of `repeats` runs of `body`, after `warmup` unmeasured runs.
/// The minimum is the least noisy estimate of the cost on a machine shared with other work.
func fastestSeconds(repeats: Int = 5, warmup: Int = 1, _ body: () throws -> Void) rethrows -> Double {
    try fastestWallAndCPUSeconds(repeats: repeats, warmup: warmup, body).wall
}

/// The least wall-clock and the least CPU time (all threads of this process) over `repeats` runs
/// of `body`, after `warmup` unmeasured runs. CPU time is the steadier figure when other work
/// shares the cores: waiting for a core does not count, spinning and page faults do.
func fastestWallAndCPUSeconds(repeats: Int = 5, warmup: Int = 1,
                              _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    for _ in 0..<warmup { try body() }
    var (wall, cpu) = (Double.infinity, Double.infinity)
    for _ in 0..<repeats {
        let (startWall, startCPU) = (DispatchTime.now().uptimeNanoseconds, processCPUSeconds())
        try body()
        wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - startWall) / 1e9)
        cpu = min(cpu, processCPUSeconds() - startCPU)
    }
    return (wall, cpu)
}

/// CPU time used so far by all threads of this process.
private func processCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Resident set size of this process in bytes, read from /proc (0 where /proc is absent).
func residentSetBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
    return 0
}

/// Prints all results as an aligned table and writes them to `Benchmarks/results/latest.json`.
func publish(_ results: [BenchmarkResult]) throws {
    let nameWidth = max(20, results.map { $0.suite.count + $0.name.count + 1 }.max() ?? 0)
    print("benchmark".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "       value  unit        ratio")
    for result in results {
        let label = "\(result.suite)/\(result.name)".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        let value = String(format: "%12.3f", result.value)
        let unit = result.unit.padding(toLength: 10, withPad: " ", startingAt: 0)
        let ratio = result.ratio.map { String(format: "%.2f× %@", $0, result.baseline ?? "") } ?? ""
        print("\(label)\(value)  \(unit)  \(ratio)")
    }
    let directory = URL(fileURLWithPath: "Benchmarks/results", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(results).write(to: directory.appendingPathComponent("latest.json"), options: .atomic)
    print("JSON: Benchmarks/results/latest.json")
}
