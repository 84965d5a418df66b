import Compute
import Foundation
import Learning
import XCTest

/// BatchNormalization, average and global pooling and the Activation layer and identifiers,
/// against Keras's documented behaviour and defaults.
final class KerasLayerTests: XCTestCase {
    private func normalizedModel(seed: UInt64) throws -> Sequential {
        try Sequential(using: RandomGenerator(seed: seed)) {
            Dense(16, inputDim: 8)
            BatchNormalization()
            ActivationLayer(.relu)
            Dense(3, activation: .softmax)
        }
    }

    func testBatchNormalizationHasKerasDefaultsAndParameterCounts() throws {
        let layer = BatchNormalization()
        XCTAssertEqual(layer.momentum, 0.99)
        XCTAssertEqual(layer.epsilon, 1e-3)
        let summary = try normalizedModel(seed: 1).summary()
        XCTAssertEqual(summary.rows.map(\.parameters), [144, 64, 0, 51])
        XCTAssertEqual(summary.trainableParameters, 144 + 32 + 51)
        XCTAssertEqual(summary.nonTrainableParameters, 32)
        XCTAssertEqual(summary.rows.map(\.name), ["dense", "batch_normalization", "activation", "dense_1"])
    }

    func testFitMovesTheStatisticsByMomentumAndPredictUsesThem() throws {
        let model = try Sequential(using: RandomGenerator(seed: 2)) { BatchNormalization(momentum: 0.5, inputShape: [2]) }
        try model.compile(optimizer: .sgd(learningRate: 0, momentum: 0, nesterov: false), loss: .meanSquaredError)
        let x = try Tensor(shape: [4, 2], scalars: [1, 10, 3, 10, 5, 20, 7, 20])
        _ = try model.fit(x, x, batchSize: 4, epochs: 1, shuffle: false, using: RandomGenerator(seed: 0))
        let layer = try XCTUnwrap(model.layers.first as? BatchNormalization)
        // Batch mean (4, 15), biased variance (5, 25); moving = moving · 0.5 + batch · 0.5.
        XCTAssertEqual(layer.movingMean?.scalars, [2, 7.5])
        XCTAssertEqual(layer.movingVariance?.scalars, [3, 13])
        let predicted = try model.predict(try Tensor(shape: [1, 2], scalars: [2, 7.5]))
        XCTAssertEqual(predicted.scalars, [0, 0])
        let restored = try Sequential(serialized: model.serialized())
        XCTAssertEqual(try restored.predict(x).scalars, try model.predict(x).scalars)
    }

    func testBatchNormalizedModelLearnsASeparableProblem() throws {
        let model = try normalizedModel(seed: 3)
        try model.compile(optimizer: .adam(learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7), loss: .sparseCategoricalCrossentropy,
                          metrics: [.accuracy])
        let data = try makeSeparableData(count: 256, seed: 4)
        let history = try model.fit(data.x, data.labels, batchSize: 32, epochs: 5, using: RandomGenerator(seed: 5))
        XCTAssertGreaterThan(history.accuracy.last ?? 0, 0.8)
    }

    func testPoolingLayersShapes() throws {
        let model = try Sequential(using: RandomGenerator(seed: 6)) {
            Conv2D(4, (3, 3), inputShape: (9, 9, 1), activation: .elu)
            AveragePooling2D((2, 2))
            GlobalPooling2D(max: false)
        }
        XCTAssertEqual(model.summary().rows.map(\.outputShape), [[7, 7, 4], [3, 3, 4], [4]])
        XCTAssertEqual(model.summary().rows.map(\.type), ["Conv2D", "AveragePooling2D", "GlobalAveragePooling2D"])
        let images = try Tensor.uniform([2, 9, 9, 1], using: RandomGenerator(seed: 7))
        XCTAssertEqual(try model.predict(images).shape, [2, 4])
        assertKerasError("average_pooling2d", ["larger than the input"]) {
            _ = try Sequential(using: RandomGenerator(seed: 8)) { AveragePooling2D((4, 4), inputShape: (3, 3, 1)) }
        }
    }

    func testAveragePoolingWithSamePaddingAndRectangularWindowsKeepsItsSettingsWhenStored() throws {
        let model = try Sequential(using: RandomGenerator(seed: 6)) {
            AveragePooling2D((2, 3), strides: (2, 1), padding: .same, inputShape: (5, 7, 2))
            AveragePooling2D((2, 2), inputShape: nil)
        }
        XCTAssertEqual(model.summary().rows.map(\.outputShape), [[3, 7, 2], [1, 3, 2]])
        let images = try Tensor.uniform([2, 5, 7, 2], using: RandomGenerator(seed: 7))
        let restored = try Sequential(serialized: model.serialized())
        XCTAssertEqual(restored.serialized(), model.serialized())
        XCTAssertEqual(try restored.predict(images).scalars, try model.predict(images).scalars)
        assertKerasError("max_pooling2d", ["square pool size"]) {
            _ = try Sequential(using: RandomGenerator(seed: 8)) { MaxPooling2D((2, 3), inputShape: (6, 6, 1)) }
        }
    }

    func testActivationIdentifiersRoundTripAndUnknownOnesListTheValidNames() throws {
        XCTAssertEqual(try Activation(identifier: "leaky_relu"), .leakyRelu(alpha: 0.2))
        XCTAssertEqual(Activation(serialized: Activation.leakyRelu(alpha: 0.1).serialized), .leakyRelu(alpha: 0.1))
        for (_, activation) in Activation.byIdentifier { XCTAssertEqual(Activation(serialized: activation.serialized), activation) }
        assertKerasError("activation", ["\"rellu\"", "\"relu\"", "\"gelu\""]) { _ = try Activation(identifier: "rellu") }
    }

    func testSamePaddingPutsTheOddRowAndColumnAtTheBottomRightAsTensorFlow() throws {
        let model = try Sequential(using: RandomGenerator(seed: 9)) {
            Conv2D(1, (3, 3), strides: (2, 2), padding: .same, inputShape: (4, 4, 1))
        }
        XCTAssertEqual(model.summary().rows.first?.outputShape, [2, 2, 1])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("same-\(UUID().uuidString).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Safetensors.write([("conv2d/kernel", Tensor.full([3, 3, 1, 1], 1)), ("conv2d/bias", Tensor.zeros([1]))], to: path)
        try model.loadWeights(from: path)
        let image = try Tensor.arange(0, 16).reshaped([1, 4, 4, 1])
        // Windows start at rows/columns 0 and 2; the padding row and column lie after the image.
        XCTAssertEqual(try model.predict(image).scalars, [45, 39, 66, 50])
    }

    func testBatchNormalizationAfterAConvolutionNormalisesEachFilter() throws {
        let model = try Sequential(using: RandomGenerator(seed: 10)) {
            Conv2D(3, (3, 3), inputShape: (6, 6, 1))
            BatchNormalization()
        }
        try model.compile(optimizer: .sgd(learningRate: 0), loss: .meanSquaredError)
        let images = try Tensor.uniform([4, 6, 6, 1], using: RandomGenerator(seed: 11))
        let layer = try XCTUnwrap(model.layers.last as? BatchNormalization)
        XCTAssertEqual(layer.movingMean?.shape, [3])
        _ = try model.fit(images, Tensor.zeros([4, 4, 4, 3]), batchSize: 4, epochs: 1, shuffle: false, using: RandomGenerator(seed: 0))
        // One step with momentum 0.99: the moving mean is 1% of each filter's batch mean.
        let convolved = try Sequential(using: RandomGenerator(seed: 10)) { Conv2D(3, (3, 3), inputShape: (6, 6, 1)) }.predict(images)
        let filterMeans = try convolved.reshaped([-1, 3]).mean(dim: 0)
        for (moving, mean) in zip(try XCTUnwrap(layer.movingMean).scalars, filterMeans.scalars) {
            XCTAssertEqual(moving, mean * 0.01, accuracy: 1e-6)
        }
    }
}
