import Compute
import Learning
import XCTest

final class KerasModelTests: XCTestCase {
    func testArticleModelHasKerasParameterCount() throws {
        let model = try makeArticleModel(seed: 0)
        XCTAssertEqual(model.countParams(), 9_467_274)
        XCTAssertEqual(model.summary().totalParameters, 9_467_274)
    }

    func testArticleModelOutputShapesAndNamesLayerByLayer() throws {
        let rows = try makeArticleModel(seed: 0).summary().rows
        XCTAssertEqual(rows.map(\.name), ["conv2d", "conv2d_1", "max_pooling2d", "flatten", "dense", "dense_1"])
        XCTAssertEqual(rows.map(\.type), ["Conv2D", "Conv2D", "MaxPooling2D", "Flatten", "Dense", "Dense"])
        XCTAssertEqual(rows.map(\.outputShape), [[26, 26, 32], [24, 24, 64], [12, 12, 64], [9216], [1024], [10]])
        XCTAssertEqual(rows.map(\.parameters), [320, 18_496, 0, 0, 9_438_208, 10_250])
    }

    func testSummaryTextShowsKerasShapesAndTotals() throws {
        let text = try makeArticleModel(seed: 0).summary().text
        XCTAssertTrue(text.hasPrefix("Model: \"sequential\""))
        XCTAssertTrue(text.contains("conv2d_1 (Conv2D)"))
        XCTAssertTrue(text.contains("(None, 24, 24, 64)"))
        XCTAssertTrue(text.contains("9,438,208"))
        XCTAssertTrue(text.contains("Total params: 9,467,274"))
        XCTAssertTrue(text.contains("Non-trainable params: 0"))
    }

    func testBuilderAndAddGiveTheSameModel() throws {
        let generator = RandomGenerator(seed: 7)
        let added = Sequential()
        try added.add(Conv2D(32, (3, 3), inputShape: (28, 28, 1), activation: .relu), using: generator)
        try added.add(Conv2D(64, (3, 3), activation: .relu), using: generator)
        try added.add(MaxPooling2D((2, 2)), using: generator)
        try added.add(Flatten(), using: generator)
        try added.add(Dense(1024, activation: .relu), using: generator)
        try added.add(Dense(10, activation: .softmax), using: generator)
        XCTAssertEqual(added.serialized(), try makeArticleModel(seed: 7).serialized())
    }

    func testGlorotUniformDenseKernelMatchesFormula() throws {
        let model = try Sequential(using: RandomGenerator(seed: 3)) { Dense(1000, inputDim: 500) }
        let layer = try XCTUnwrap(model.layers[0] as? Dense)
        assertGlorotUniform(try XCTUnwrap(layer.kernel).scalars, limit: (6.0 / Float(500 + 1000)).squareRoot())
        XCTAssertEqual(layer.bias?.scalars, [Float](repeating: 0, count: 1000))
    }

    func testGlorotUniformConvKernelUsesReceptiveFieldFans() throws {
        let model = try Sequential(using: RandomGenerator(seed: 4)) { Conv2D(64, (3, 3), inputShape: (28, 28, 32)) }
        let layer = try XCTUnwrap(model.layers[0] as? Conv2D)
        let kernel = try XCTUnwrap(layer.kernel)
        XCTAssertEqual(kernel.shape, [3, 3, 32, 64])
        assertGlorotUniform(kernel.scalars, limit: (6.0 / Float(9 * 32 + 9 * 64)).squareRoot())
        XCTAssertEqual(layer.bias?.scalars, [Float](repeating: 0, count: 64))
    }

    /// U(−l, l): every value inside, the extremes reached, mean 0 and variance l²/3.
    private func assertGlorotUniform(_ values: [Float], limit: Float, file: StaticString = #filePath, line: UInt = #line) {
        let count = Double(values.count)
        let mean = values.reduce(0.0) { $0 + Double($1) } / count
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / count
        let largest = values.map(abs).max() ?? 0
        XCTAssertLessThanOrEqual(largest, limit, file: file, line: line)
        XCTAssertGreaterThan(largest, 0.999 * limit, file: file, line: line)
        XCTAssertEqual(mean, 0, accuracy: 0.01 * Double(limit), file: file, line: line)
        XCTAssertEqual(variance, Double(limit * limit) / 3, accuracy: 0.02 * Double(limit * limit) / 3, file: file, line: line)
    }

    /// Conv2D → Flatten → Dense against a direct channels-last loop over Keras's weight layouts.
    func testForwardMatchesNaiveChannelsLastReference() throws {
        let model = try Sequential(using: RandomGenerator(seed: 5)) {
            Conv2D(2, (2, 2), activation: .relu, inputShape: (4, 5, 3))
            Flatten()
            Dense(3)
        }
        let generator = RandomGenerator(seed: 6)
        let (n, h, w, c) = (2, 4, 5, 3)
        let x = try Tensor(shape: [n, h, w, c], scalars: (0..<(n * h * w * c)).map { _ in generator.uniform(-1, 1) })
        let conv = try XCTUnwrap(model.layers[0] as? Conv2D), dense = try XCTUnwrap(model.layers[2] as? Dense)
        let k = try XCTUnwrap(conv.kernel).scalars, b = try XCTUnwrap(conv.bias).scalars
        let dk = try XCTUnwrap(dense.kernel).scalars
        let (oh, ow, f) = (3, 4, 2)
        var expected: [Float] = []
        for image in 0..<n {
            var flat: [Float] = []
            for y in 0..<oh {
                for xx in 0..<ow {
                    for filter in 0..<f {
                        var total = b[filter]
                        for ky in 0..<2 {
                            for kx in 0..<2 {
                                for channel in 0..<c {
                                    let pixel = x.scalars[((image * h + y + ky) * w + xx + kx) * c + channel]
                                    total += pixel * k[((ky * 2 + kx) * c + channel) * f + filter]
                                }
                            }
                        }
                        flat.append(max(total, 0))
                    }
                }
            }
            for unit in 0..<3 {
                expected.append(flat.indices.reduce(Float(0)) { $0 + flat[$1] * dk[$1 * 3 + unit] })
            }
        }
        let output = try model.predict(x)
        XCTAssertEqual(output.shape, [2, 3])
        for (got, want) in zip(output.scalars, expected) { XCTAssertEqual(got, want, accuracy: 1e-5) }
    }

    func testPredictReturnsChannelsLastFeatureMaps() throws {
        let model = try Sequential(using: RandomGenerator(seed: 1)) {
            Conv2D(4, (3, 3), padding: .same, inputShape: (6, 6, 2))
        }
        XCTAssertEqual(try model.predict(Tensor.zeros([3, 6, 6, 2])).shape, [3, 6, 6, 4])
    }

    func testToCategoricalMakesOneHotRows() throws {
        let encoded = try toCategorical(Tensor([2, 0, 1]), numClasses: 4)
        XCTAssertEqual(encoded.shape, [3, 4])
        XCTAssertEqual(encoded.scalars, [0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0])
        XCTAssertEqual(try toCategorical(Tensor([1, 3])).shape, [2, 4])
        assertKerasError("toCategorical", ["0..<2"]) { _ = try toCategorical(Tensor([5]), numClasses: 2) }
    }

    func testVersionChangesWithStructureAndTraining() throws {
        let model = try makeSmallModel(seed: 1)
        let built = model.version
        try model.compile(optimizer: .sgd, loss: .sparseCategoricalCrossentropy)
        let compiled = model.version
        XCTAssertNotEqual(built, compiled)
        let (x, labels) = try makeSeparableData(count: 40, seed: 2)
        try model.fit(x, labels, epochs: 1, using: RandomGenerator(seed: 3))
        XCTAssertNotEqual(model.version, compiled)
        let trained = model.version
        _ = try model.predict(x)
        XCTAssertEqual(model.version, trained)
    }
}
