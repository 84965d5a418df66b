import Datasets
import Foundation

/// Times loading the full MNIST training split (decompress 47 MB, check, hash) against the
/// baseline of only reading the compressed bytes from disk. Goal: under 0.5 s in release.
func runDatasetsBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let root = MNIST.defaultRoot
    let compressed = URL(fileURLWithPath: root).appendingPathComponent("mnist/train-images-idx3-ubyte.gz")
    let readOnly = try fastestSeconds { _ = try Data(contentsOf: compressed) }
    recorder.record("read-train-images-gz", readOnly, unit: "s")
    var split: MNISTSplit?
    let load = try fastestSeconds { split = try MNISTSplit.load(root: root, train: true) }
    recorder.record("load-train-split", load, unit: "s", against: "read-train-images-gz")
    if let split {
        let megabytes = Double(split.images.pixels.count + split.labels.count) / 1e6
        recorder.record("load-train-split-throughput", megabytes / load, unit: "MB/s")
    }
}
