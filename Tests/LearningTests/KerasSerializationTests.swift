import Compute
import Learning
import XCTest

final class KerasSerializationTests: XCTestCase {
    func testTrainedModelWithOptimizerStateRoundTripsBitForBit() throws {
        let (x, labels) = try makeSeparableData(count: 64, seed: 1)
        for optimizer in [KerasOptimizer.sgd(learningRate: 0.05, momentum: 0.9), .adam(learningRate: 0.01)] {
            let model = try makeSmallModel(seed: 2)
            try model.compile(optimizer: optimizer, loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
            try model.fit(x, labels, epochs: 1, using: RandomGenerator(seed: 3))
            let bytes = model.serialized()
            let restored = try Sequential(serialized: bytes)
            XCTAssertEqual(restored.serialized(), bytes)
            XCTAssertEqual(restored.compileSettings, model.compileSettings)
            XCTAssertEqual(restored.layers.map(\.name), model.layers.map(\.name))
            // Continuing from the copy must match continuing from the original: optimiser state came along.
            let continued = try model.fit(x, labels, epochs: 1, using: RandomGenerator(seed: 4))
            let continuedCopy = try restored.fit(x, labels, epochs: 1, using: RandomGenerator(seed: 4))
            XCTAssertEqual(continued, continuedCopy)
            XCTAssertEqual(model.serialized(), restored.serialized())
        }
    }

    func testArticleModelRoundTrips() throws {
        let model = try makeArticleModel(seed: 9)
        try model.compile(optimizer: .sgd, loss: .categoricalCrossentropy, metrics: [.accuracy])
        let bytes = model.serialized()
        let restored = try Sequential(serialized: bytes)
        XCTAssertEqual(restored.serialized(), bytes)
        XCTAssertEqual(restored.summary(), model.summary())
    }

    func testHistoryRoundTripsBitForBit() throws {
        let (x, labels) = try makeSeparableData(count: 50, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let history = try model.fit(x, labels, epochs: 2, validationSplit: 0.2, using: RandomGenerator(seed: 3))
        let bytes = history.serialized()
        let restored = try History(serialized: bytes)
        XCTAssertEqual(restored, history)
        XCTAssertEqual(restored.serialized(), bytes)
        XCTAssertThrowsError(try History(serialized: Array(bytes.dropLast())))
    }
}
