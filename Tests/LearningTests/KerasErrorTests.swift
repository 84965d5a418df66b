import Compute
import Learning
import XCTest

final class KerasErrorTests: XCTestCase {
    func testDenseFedTheWrongSizeNamesTheLayerAndBothSizes() throws {
        let model = try makeSmallModel(seed: 1, inputs: 784, classes: 10)
        assertKerasError("dense", ["(None, 784)", "(None, 100)"]) { _ = try model.predict(Tensor.zeros([5, 100])) }
    }

    func testDeclaredInputThatDoesNotFitNamesTheSecondDense() throws {
        let model = try makeSmallModel(seed: 1)
        assertKerasError("dense_2", ["(None, 50)", "(None, 3)", "dense_1"]) {
            try model.add(Dense(4, inputDim: 50), using: RandomGenerator(seed: 2))
        }
        XCTAssertEqual(model.layers.count, 2)
    }

    func testDenseAfterFeatureMapsAsksForFlatten() {
        assertKerasError("dense", ["(None, 26, 26, 32)", "Flatten"]) {
            _ = try Sequential(using: RandomGenerator(seed: 1)) {
                Conv2D(32, (3, 3), inputShape: (28, 28, 1))
                Dense(10)
            }
        }
    }

    func testCategoricalLossGivenClassIndicesSaysWhatItExpected() throws {
        let (x, labels) = try makeSeparableData(count: 20, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .categoricalCrossentropy)
        assertKerasError("categoricalCrossentropy", ["(None, 3)", "(None,)", "toCategorical"]) {
            try model.fit(x, labels, using: RandomGenerator(seed: 3))
        }
    }

    func testSparseLossGivenOneHotRowsSaysWhatItExpected() throws {
        let (x, labels) = try makeSeparableData(count: 20, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy)
        assertKerasError("sparseCategoricalCrossentropy", ["(None,)", "(None, 3)"]) {
            try model.fit(x, toCategorical(labels, numClasses: 3), using: RandomGenerator(seed: 3))
        }
        assertKerasError("sparseCategoricalCrossentropy", ["0..<3", "7"]) {
            try model.fit(x, Tensor([Float](repeating: 7, count: 20)), using: RandomGenerator(seed: 3))
        }
    }

    func testEmptyDatasetIsRefused() throws {
        let model = try makeSmallModel(seed: 1)
        try model.compile(loss: .sparseCategoricalCrossentropy)
        assertKerasError("fit", ["non-empty"]) {
            try model.fit(Tensor.zeros([0, 8]), Tensor.zeros([0]), using: RandomGenerator(seed: 2))
        }
    }

    func testValidationSplitOutsideTheUnitIntervalIsRefused() throws {
        let (x, labels) = try makeSeparableData(count: 20, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy)
        assertKerasError("fit", ["[0, 1)", "1.5"]) {
            try model.fit(x, labels, validationSplit: 1.5, using: RandomGenerator(seed: 3))
        }
    }

    func testFitBeforeCompileIsRefused() throws {
        let (x, labels) = try makeSeparableData(count: 20, seed: 1)
        assertKerasError("fit", ["compile"]) {
            try makeSmallModel(seed: 2).fit(x, labels, using: RandomGenerator(seed: 3))
        }
    }

    func testMismatchedSampleCountsAreRefused() throws {
        let (x, labels) = try makeSeparableData(count: 20, seed: 1)
        let model = try makeSmallModel(seed: 2)
        try model.compile(loss: .sparseCategoricalCrossentropy)
        assertKerasError("fit", ["20", "[19]"]) { try model.fit(x, labels.slice(0..<19), using: RandomGenerator(seed: 3)) }
    }

    func testUnsupportedConfigurationsAreErrorsWhenBuilt() {
        assertKerasError("conv2d", ["filters"]) {
            _ = try Sequential(using: RandomGenerator(seed: 1)) { Conv2D(0, (3, 3), inputShape: (8, 8, 1)) }
        }
        assertKerasError("max_pooling2d", ["larger"]) {
            _ = try Sequential(using: RandomGenerator(seed: 1)) { MaxPooling2D((4, 4), inputShape: (3, 3, 1)) }
        }
        assertKerasError("dropout", ["[0, 1)"]) {
            _ = try Sequential(using: RandomGenerator(seed: 1)) { Dense(3, inputDim: 2); Dropout(1.5) }
        }
    }

    func testDamagedSerializedModelIsAnError() throws {
        let bytes = try makeSmallModel(seed: 1).serialized()
        XCTAssertThrowsError(try Sequential(serialized: Array(bytes.dropLast(9))))
        XCTAssertThrowsError(try Sequential(serialized: Array("nonsense".utf8)))
    }
}
