import Foundation
import Graphics

/// Drawing + encoding the article's loss figure must stay well under 100 ms so figures never slow
/// a notebook run. Baseline: a blank canvas of the same size encoded to PNG (the fixed cost of
/// surface, pixel conversion and libpng), so the ratio shows what the chart itself adds.
func runGraphicsBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let epochs = 10, batchesPerEpoch = 938  // MNIST's 60 000 images in batches of 64
    let batchLoss = (0..<epochs * batchesPerEpoch).map { step -> Double in
        let t = Double(step)
        return 2.3 * exp(-t / 900) + 0.05 + 0.05 * sin(t * 0.37)
    }
    let loss = (0..<epochs).map { epoch in
        batchLoss[epoch * batchesPerEpoch..<(epoch + 1) * batchesPerEpoch].reduce(0, +) / Double(batchesPerEpoch)
    }
    let curves = TrainingCurves(title: "Keras-style CNN on MNIST", loss: loss,
                                validationLoss: loss.map { $0 * 0.95 + 0.02 }, batchLoss: batchLoss)

    let blank = try fastestSeconds(repeats: 10) {
        _ = try ImageGrid(images: [[UInt8](repeating: 0, count: 1)], width: 1, height: 1).render().pngData()
    }
    let blankLarge = try fastestSeconds(repeats: 10) {
        _ = try BarChart(title: "", bars: [Bar("", 0)], width: 720, height: 380).render().pngData()
    }
    let draw = try fastestSeconds(repeats: 10) { _ = try curves.render() }
    let drawAndEncode = try fastestSeconds(repeats: 10) { _ = try curves.render().pngData() }
    let figure = try curves.render()
    let encode = try fastestSeconds(repeats: 10) { _ = try figure.pngData() }
    recorder.record("near-empty 720x380 figure, draw+encode", blankLarge * 1000, unit: "ms")
    recorder.record("loss chart (9380 batches), draw", draw * 1000, unit: "ms", against: "near-empty 720x380 figure, draw+encode")
    recorder.record("loss chart (9380 batches), draw+encode", drawAndEncode * 1000, unit: "ms",
                    against: "near-empty 720x380 figure, draw+encode")
    recorder.record("loss chart, PNG encode only", encode * 1000, unit: "ms",
                    against: "near-empty 720x380 figure, draw+encode")
    // Drawing and encoding run on one thread, so its CPU time is what the wall time would be on an
    // idle machine; on a shared machine it is the steadier of the two figures.
    let cpu = try fastestCPUSeconds(repeats: 10) { _ = try curves.render().pngData() }
    recorder.record("loss chart (9380 batches), draw+encode, CPU time", cpu * 1000, unit: "ms",
                    against: "loss chart (9380 batches), draw+encode")
    recorder.record("tiny figure, draw+encode", blank * 1000, unit: "ms")
    try runLargeDataBenchmarks(recorder)
}

/// The science toolkit's budget: a 100,000-point scatter and a 1,000,000-value histogram each
/// draw and encode in under 300 ms. The data are deterministic (a logistic-map orbit and a sum
/// of uniforms), so every run measures the same figure.
private func runLargeDataBenchmarks(_ recorder: BenchmarkRecorder) throws {
    var x = 0.4, rates: [Double] = [], values: [Double] = []
    for index in 0..<100_000 {
        let r = 3.4 + 0.6 * Double(index) / 100_000
        x = r * x * (1 - x)
        rates.append(r)
        values.append(x)
    }
    let scatter = Panel(title: "Logistic map", xLabel: "r", yLabel: "x",
                        layers: [.scatter(Scatter(x: rates, y: values, color: Palette.black, size: 0.35, opacity: 0.5))])
    let scatterSeconds = try fastestWallAndCPUSeconds(repeats: 5) { _ = try scatter.render().pngData() }
    recorder.record("scatter of 100,000 points, draw+encode", scatterSeconds.wall * 1000, unit: "ms")
    recorder.record("scatter of 100,000 points, draw+encode, CPU time", scatterSeconds.cpu * 1000, unit: "ms")

    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let samples = (0..<1_000_000).map { _ -> Double in
        var sum = 0.0
        for _ in 0..<3 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            sum += Double(state >> 11) / Double(1 << 53)
        }
        return sum
    }
    let histogramSeconds = try fastestWallAndCPUSeconds(repeats: 5) {
        let histogram = try Histogram([samples], bins: 60)
        _ = try Panel(title: "Sum of three uniforms", layers: [histogram.layer(0)]).render().pngData()
    }
    recorder.record("histogram of 1,000,000 values (binning included), draw+encode", histogramSeconds.wall * 1000, unit: "ms")
    recorder.record("histogram of 1,000,000 values, draw+encode, CPU time", histogramSeconds.cpu * 1000, unit: "ms")
}

/// Thread CPU seconds of the cheapest of `repeats` runs of `body` (after one warm-up run).
private func fastestCPUSeconds(repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    try body()
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = now()
        try body()
        best = min(best, now() - start)
    }
    return best
}
