import Compute
import Learning
import XCTest

final class KerasTrainingTests: XCTestCase {
    func testValidationSplitTakesLastThirtyPercentOfSixtyThousand() throws {
        let model = try Sequential(using: RandomGenerator(seed: 0)) { Dense(10, activation: .softmax, inputDim: 1) }
        try model.compile(loss: .sparseCategoricalCrossentropy)
        let observer = RecordingObserver()
        observer.stopAtBegin = true
        let x = try Tensor.zeros([60_000, 1]), labels = try Tensor.zeros([60_000])
        XCTAssertThrowsError(try model.fit(x, labels, epochs: 1, validationSplit: 0.3, observer: observer,
                                           using: RandomGenerator(seed: 1)))
        XCTAssertEqual(observer.start?.samples, 42_000)
        XCTAssertEqual(observer.start?.validationSamples, 18_000)
        XCTAssertEqual(observer.start?.batchesPerEpoch, 1_313)
    }

    func testValidationUsesTheLastSamplesBeforeShuffling() throws {
        let (x, labels) = try makeSeparableData(count: 100, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(optimizer: .sgd(learningRate: 0), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let history = try model.fit(x, labels, epochs: 1, validationSplit: 0.25, using: RandomGenerator(seed: 3))
        let held = try model.evaluate(x.slice(75..<100), labels.slice(75..<100))
        XCTAssertEqual(history.validationLoss, [held.loss])
        XCTAssertEqual(history.validationAccuracy, [held.accuracy])
    }

    func testFitLeavesNoGradientsBehindAndTrainsTheSameAgain() throws {
        let (x, labels) = try makeSeparableData(count: 100, seed: 1)
        func trained(epochs: [Int]) throws -> (Sequential, [UInt32]) {
            let model = try makeSmallModel(seed: 2)
            try model.compile(optimizer: .sgd(learningRate: 0.1), loss: .sparseCategoricalCrossentropy)
            let generator = RandomGenerator(seed: 3)
            for count in epochs { try model.fit(x, labels, epochs: count, using: generator) }
            return (model, model.trainableParameters.flatMap { $0.scalars.map(\.bitPattern) })
        }
        let (model, once) = try trained(epochs: [2])
        XCTAssertTrue(model.trainableParameters.allSatisfy { $0.grad == nil })
        XCTAssertEqual(try trained(epochs: [1, 1]).1, once, "two fits of one epoch equal one fit of two")
    }

    func testEpochLossIsTheBatchSizeWeightedRunningMean() throws {
        let (x, labels) = try makeSeparableData(count: 100, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let observer = RecordingObserver()
        let history = try model.fit(x, labels, epochs: 2, observer: observer, using: RandomGenerator(seed: 3))
        XCTAssertEqual(history.batchLosses.map(\.count), [4, 4])
        let sizes = [32.0, 32, 32, 4]
        let weighted = zip(history.batchLosses[1], sizes).reduce(0.0) { $0 + $1.0 * $1.1 } / 100
        XCTAssertEqual(history.loss[1], weighted, accuracy: 1e-12)
        XCTAssertEqual(observer.batches.last?.loss, history.loss[1])
        XCTAssertEqual(observer.batches.last?.accuracy, history.accuracy[1])
        XCTAssertEqual(observer.batches.map(\.batch), [1, 2, 3, 4, 1, 2, 3, 4])
        XCTAssertEqual(observer.epochs.map(\.epoch), [1, 2])
        XCTAssertTrue(observer.ended)
        XCTAssertTrue(observer.batches.allSatisfy { $0.imagesPerSecond > 0 })
    }

    func testHistoryHasKerasKeysAndTypedAccessors() throws {
        let (x, labels) = try makeSeparableData(count: 60, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .categoricalCrossentropy, metrics: [.accuracy])
        let history = try model.fit(x, toCategorical(labels, numClasses: 3), epochs: 3, validationSplit: 0.2,
                                    using: RandomGenerator(seed: 3))
        XCTAssertEqual(Set(history.history.keys), ["loss", "accuracy", "val_loss", "val_accuracy"])
        XCTAssertEqual(history.history["val_loss"], history.validationLoss)
        XCTAssertEqual(history.validationAccuracy.count, 3)
        XCTAssertEqual(history.epoch, [0, 1, 2])
    }

    func testTrainingLowersTheLossWithSGDAndAdam() throws {
        let (x, labels) = try makeSeparableData(count: 600, seed: 1)
        for optimizer in [KerasOptimizer.sgd(learningRate: 0.1, momentum: 0.9), .adam(learningRate: 0.01)] {
            let model = try makeSmallModel(seed: 2)
            try model.compile(optimizer: optimizer, loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
            let history = try model.fit(x, labels, epochs: 5, using: RandomGenerator(seed: 3))
            XCTAssertLessThan(history.loss[4], 0.7 * history.loss[0], "\(optimizer.kind)")
            XCTAssertGreaterThan(history.accuracy[4], 0.8, "\(optimizer.kind)")
        }
    }

    func testSameSeedGivesIdenticalTraining() throws {
        let (x, labels) = try makeSeparableData(count: 100, seed: 1)
        func train() throws -> (History, [UInt8]) {
            let model = try Sequential(using: RandomGenerator(seed: 4)) {
                Dense(16, activation: .relu, inputDim: 8)
                Dropout(0.5)
                Dense(3, activation: .softmax)
            }
            try model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
            let history = try model.fit(x, labels, epochs: 2, validationSplit: 0.2, using: RandomGenerator(seed: 5))
            return (history, model.serialized())
        }
        let (first, second) = (try train(), try train())
        XCTAssertEqual(first.0, second.0)
        XCTAssertEqual(first.1, second.1)
    }

    func testObserverErrorStopsTrainingBetweenBatches() throws {
        let (x, labels) = try makeSeparableData(count: 200, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy)
        let before = model.serialized()
        let observer = RecordingObserver()
        observer.stopAfterBatches = 3
        XCTAssertThrowsError(try model.fit(x, labels, epochs: 2, observer: observer, using: RandomGenerator(seed: 3))) {
            XCTAssertEqual($0 as? RecordingObserver.StopTraining, RecordingObserver.StopTraining())
        }
        XCTAssertEqual(observer.batches.count, 3)
        XCTAssertTrue(observer.epochs.isEmpty)
        XCTAssertFalse(observer.ended)
        XCTAssertNotEqual(model.serialized(), before)
    }

    func testEvaluateAndPredictAgree() throws {
        let (x, labels) = try makeSeparableData(count: 50, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let predictions = try model.predict(x, batchSize: 7)
        XCTAssertEqual(predictions.shape, [50, 3])
        let predicted = try predictions.argmax(dim: 1).scalars
        let accuracy = Double(zip(predicted, labels.scalars).filter { $0 == $1 }.count) / 50
        XCTAssertEqual(try model.evaluate(x, labels).accuracy, accuracy)
    }

    func testInferenceOverManyBatchesAtOnceGivesTheFiguresOfOneBatchAtATime() throws {
        // 600 samples make several 256-row chunks of Keras batches, the last one partial.
        let (x, labels) = try makeSeparableData(count: 600, seed: 3)
        let model = try makeSmallModel(seed: 4)
        try model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let whole = try model.predict(x, batchSize: 30)
        var lossSum = 0.0, correct = 0
        var pieces: [Float] = []
        for start in stride(from: 0, to: 600, by: 30) {
            let rows = start..<start + 30
            let piece = try model.predict(x.slice(rows), batchSize: 30)
            pieces += piece.scalars
            let figures = try model.evaluate(x.slice(rows), labels.slice(rows), batchSize: 30)
            lossSum += figures.loss * 30
            correct += Int((figures.accuracy * 30).rounded())
        }
        XCTAssertEqual(whole.scalars.count, pieces.count)
        for (a, b) in zip(whole.scalars, pieces) { XCTAssertEqual(a, b, accuracy: 1e-6) }
        let together = try model.evaluate(x, labels, batchSize: 30)
        XCTAssertEqual(together.loss, lossSum / 600, accuracy: 1e-9)
        XCTAssertEqual(together.accuracy, Double(correct) / 600)
    }
}
