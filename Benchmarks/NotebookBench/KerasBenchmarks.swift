import ArticleFixtures
import Compute
import Datasets
import Foundation
import Learning

/// `notebook-bench keras`: the article's Keras-style model trained through `Sequential.fit` on real
/// MNIST at the article's settings (batch 32, SGD lr 0.01, validationSplit 0.3).
///
/// By default one epoch runs on the first 6,000 training images (4,200 train + 1,800 validation)
/// and the full epoch (42,000 + 18,000) is extrapolated from the measured rates — the figures say
/// so in their names. `KERAS_BENCH_FULL_EPOCH=1` runs the real 60,000-image epoch instead.
/// The baseline is the same model as bare Compute ops (`KerasStyleArticleModel`, one batch
/// repeated), so the ratio shows what the Keras layer (batch gathering, layout changes, metrics)
/// costs on top of the kernels.
func runKerasBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let full = ProcessInfo.processInfo.environment["KERAS_BENCH_FULL_EPOCH"] == "1"
    let samples = full ? 60_000 : 6_000
    let (train, _) = try MNIST.load()
    let pixels = train.images.pixels.prefix(samples * 784).map { Float($0) / 255 }
    let x = try Tensor(shape: [samples, 28, 28, 1], scalars: pixels)
    let y = try toCategorical(Tensor(train.labels.prefix(samples).map { Float($0) }), numClasses: 10)

    let baselineModel = try KerasStyleArticleModel(seed: 3)
    let batch = try x.slice(0..<32), targets = try y.slice(0..<32)
    let stepSeconds = try fastestSeconds(repeats: 3) {
        for _ in 0..<5 { try baselineModel.trainStep(batch, targets) }
    }
    recorder.record("compute-only train step b32", 160 / stepSeconds, unit: "images/s")

    let model = try Sequential.articleModel(using: RandomGenerator(seed: 0))
    try model.compile(optimizer: .sgd, loss: .categoricalCrossentropy, metrics: [.accuracy])
    var summary: EpochSummary?
    let observer = ClosureTrainingObserver(epoch: { summary = $0 })
    _ = try model.fit(x, y, batchSize: 32, epochs: 1, validationSplit: 0.3, observer: observer,
                      using: RandomGenerator(seed: 1))
    guard let summary else { return }
    let trainCount = samples * 7 / 10, validationCount = samples - trainCount
    let validationSeconds = summary.seconds - Double(trainCount) / summary.imagesPerSecond
    let validationRate = Double(validationCount) / max(validationSeconds, 1e-9)
    let label = full ? "" : " (extrapolated from \(trainCount) + \(validationCount))"
    recorder.record("fit train images/s", summary.imagesPerSecond, unit: "images/s", against: "compute-only train step b32")
    recorder.record("fit validation images/s", validationRate, unit: "images/s")
    recorder.record("article epoch 42000+18000 s" + label,
                    42_000 / summary.imagesPerSecond + 18_000 / validationRate, unit: "s")
    recorder.record("article 5 epochs s" + label, 5 * (42_000 / summary.imagesPerSecond + 18_000 / validationRate), unit: "s")
}
