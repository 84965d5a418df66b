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
