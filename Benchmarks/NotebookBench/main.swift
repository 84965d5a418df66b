import Compute
import Foundation

ComputeRuntime.prepare()

// `make bench`: every suite runs in this one process so that ratios compare figures taken under
// the same machine load. `notebook-bench SUITE...` runs only the named suites.
let suites: [(name: String, run: (BenchmarkRecorder) throws -> Void)] = [
    ("datasets", runDatasetsBenchmarks),
    ("graphics", runGraphicsBenchmarks),
    ("compute", runComputeBenchmarks),
    ("layers", runLayerBenchmarks),
    ("torch", runTorchBenchmarks),
    ("cache", runCacheBenchmarks),
    ("torch-cache", runTorchCacheBenchmarks),
    ("language", runLanguageBenchmarks),
    ("mutation", runMutationBenchmarks),
    ("keras", runKerasBenchmarks),
]

let wanted = Set(CommandLine.arguments.dropFirst())
var all: [BenchmarkResult] = []
for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
    let recorder = BenchmarkRecorder(suite: suite.name)
    do {
        try suite.run(recorder)
    } catch {
        print("suite \(suite.name) failed: \(error)")
    }
    all.append(contentsOf: recorder.results)
}
try publish(all)
