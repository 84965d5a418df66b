import Compute
import Learning
import XCTest

/// EarlyStopping, LearningRateScheduler and ReduceLROnPlateau inside `fit`, against Keras's rules.
final class KerasCallbackTests: XCTestCase {
    private func compiledModel(learningRate: Float) throws -> (Sequential, Tensor, Tensor) {
        let model = try makeSmallModel(seed: 1)
        try model.compile(optimizer: .sgd(learningRate: learningRate), loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let data = try makeSeparableData(count: 96, seed: 2)
        return (model, data.x, data.labels)
    }

    func testEarlyStoppingStopsAfterPatienceAndRestoresTheBestWeights() throws {
        // A learning rate this large makes the validation loss worse after the first epochs.
        let (model, x, y) = try compiledModel(learningRate: 40)
        let stopper = EarlyStopping(monitor: "val_loss", patience: 2, restoreBestWeights: true)
        let history = try model.fit(x, y, epochs: 30, validationSplit: 0.25, callbacks: [stopper], using: RandomGenerator(seed: 3))
        let stopped = try XCTUnwrap(stopper.stoppedEpoch)
        XCTAssertEqual(history.loss.count, stopped + 1)
        let best = history.validationLoss.min()!
        let bestEpoch = history.validationLoss.firstIndex(of: best)!
        XCTAssertEqual(stopped, bestEpoch + 2)
        let (restoredLoss, _) = try model.evaluate(x.slice(72..<96), y.slice(72..<96))
        XCTAssertEqual(restoredLoss, best, accuracy: 1e-5)
        assertKerasError("EarlyStopping", ["\"val_acc\"", "accuracy"]) {
            _ = try model.fit(x, y, epochs: 1, validationSplit: 0.25, callbacks: [EarlyStopping(monitor: "val_acc")], using: RandomGenerator(seed: 3))
        }
    }

    func testLearningRateSchedulerSetsTheRateBeforeEachEpoch() throws {
        let (model, x, y) = try compiledModel(learningRate: 0.1)
        var seen: [(Int, Double)] = []
        let scheduler = LearningRateScheduler { epoch, rate in
            seen.append((epoch, rate))
            return epoch < 1 ? rate : rate * 0.5
        }
        _ = try model.fit(x, y, epochs: 3, callbacks: [scheduler], using: RandomGenerator(seed: 4))
        XCTAssertEqual(seen.map(\.0), [0, 1, 2])
        XCTAssertEqual(seen.map { Float($0.1) }, [0.1, 0.1, 0.05])
    }

    func testReduceLROnPlateauMultipliesTheRateAfterPatience() throws {
        let reducer = try ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 2)
        let (model2, x2, y2) = try compiledModel(learningRate: 1e-9)   // too small for the loss to improve by minDelta
        var rates2: [Float] = []
        let recorder2 = LearningRateScheduler { _, rate in rates2.append(Float(rate)); return rate }
        _ = try model2.fit(x2, y2, epochs: 6, shuffle: false, callbacks: [recorder2, reducer], using: RandomGenerator(seed: 5))
        XCTAssertEqual(rates2, [1e-9, 1e-9, 1e-9, 5e-10, 5e-10, 2.5e-10])
    }

    /// Keras resets a callback in `on_train_begin`: an instance passed to a second `fit` behaves
    /// as a new one, whatever the first `fit` left in it.
    func testACallbackReusedInASecondFitStartsAfresh() throws {
        func ratesOfSecondFit(reusing reducer: ReduceLROnPlateau, stopper: EarlyStopping) throws -> ([Float], Int?) {
            let (model, x, y) = try compiledModel(learningRate: 1e-9)
            var rates: [Float] = []
            let recorder = LearningRateScheduler { _, rate in rates.append(Float(rate)); return rate }
            _ = try model.fit(x, y, epochs: 3, shuffle: false, callbacks: [recorder, reducer, stopper], using: RandomGenerator(seed: 5))
            return (rates, stopper.stoppedEpoch)
        }
        let used = try ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 2)
        let usedStopper = EarlyStopping(monitor: "loss", minDelta: 1, patience: 1)
        _ = try ratesOfSecondFit(reusing: used, stopper: usedStopper)
        let again = try ratesOfSecondFit(reusing: used, stopper: usedStopper)
        let fresh = try ratesOfSecondFit(reusing: try ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 2),
                                         stopper: EarlyStopping(monitor: "loss", minDelta: 1, patience: 1))
        XCTAssertEqual(again.0, fresh.0)
        XCTAssertEqual(again.1, fresh.1)
        XCTAssertEqual(fresh.1, 1)
    }

    func testStoredCallbacksKeepTheirSettingsAndWhereTrainingStopped() throws {
        let (model, x, y) = try compiledModel(learningRate: 1e-9)
        let stopper = EarlyStopping(monitor: "loss", minDelta: 1, patience: 1, restoreBestWeights: true)
        _ = try model.fit(x, y, epochs: 5, callbacks: [stopper], using: RandomGenerator(seed: 6))
        let restored = try EarlyStopping(serialized: stopper.serialized())
        XCTAssertEqual([restored.monitor], [stopper.monitor])
        XCTAssertEqual([restored.minDelta, Double(restored.patience)], [1, 1])
        XCTAssertTrue(restored.restoreBestWeights)
        XCTAssertEqual(restored.stoppedEpoch, 1)
        let reducer = try ReduceLROnPlateau(monitor: "val_loss", factor: 0.25, patience: 3, minDelta: 0.5, cooldown: 2, minLR: 1e-4)
        let back = try ReduceLROnPlateau(serialized: reducer.serialized())
        XCTAssertEqual([back.factor, back.minDelta, back.minLR], [0.25, 0.5, 1e-4])
        XCTAssertEqual([back.patience, back.cooldown], [3, 2])
        XCTAssertEqual(back.monitor, "val_loss")
        XCTAssertThrowsError(try EarlyStopping(serialized: Array(stopper.serialized().dropLast())))
    }
}
