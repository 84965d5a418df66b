import Foundation
import Notebook
import XCTest

/// Code pasted from Keras and PyTorch tutorials: `mnist.loadData()`, string identifiers,
/// callbacks, saving and loading a model, enumerated loaders, `torch.utils.data` and
/// `download: true`.
final class BindingsKerasExtrasTests: XCTestCase {
    func testKerasTutorialSpellingsTrainSaveAndReload() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: keras
        let ((xTrain, yTrain), (xTest, yTest)) = mnist.loadData()
        print("shapes:", xTrain.shape, yTrain.shape, xTest.shape, toCategorical(yTest, 10).shape)
        let x = (xTrain[0..<1024] / 255).reshaped([1024, 784])
        let y = yTrain[0..<1024]
        let model = Sequential {
            Dense(32, inputDim: 784)
            BatchNormalization()
            Activation("relu")
            Dense(10, activation: "softmax")
        }
        model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
        let stopper = EarlyStopping(monitor: "val_loss", patience: 1, restoreBestWeights: true)
        let halve = LearningRateScheduler { epoch, lr in epoch < 2 ? lr : lr * 0.5 }
        let history = model.fit(x, y, epochs: 4, validationSplit: 0.25, callbacks: [stopper, halve], verbose: 0)
        print("epochs:", history.loss.count <= 4, "learned:", history.accuracy.last! > 0.5)
        model.save("mlp.keras")
        let again = loadModel("mlp.keras")
        print("same:", (again.predict(x) == model.predict(x)).min().item(), "weights:", again.getWeights().count)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("keras")?.printed ?? text
        for line in ["shapes: [60000, 28, 28] [60000] [10000, 28, 28] [10000, 10]", "epochs: true learned: true", "same: 1.0 weights: 8"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
    }

    func testSequentialFromAListOfLayersWithKerasInputShape() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: list
        let listed = Sequential([Dense(8, activation: "relu", inputShape: [4]), Dropout(0.2), Dense(3, activation: "softmax")])
        let built = Sequential { Dense(8, activation: "relu", inputDim: 4); Dropout(0.2); Dense(3, activation: "softmax") }
        print("params:", listed.countParams(), built.countParams(), "layers:", listed.layers.count)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("list")?.printed ?? text
        XCTAssertTrue(printed.contains("params: 67 67 layers: 3"), printed)
    }

    func testDenseRejectsAnInputShapeOfSeveralDimensions() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        let model = Sequential([Dense(8, inputShape: [28, 28])])
        """])
        XCTAssertNotEqual(outcome.exitStatus, 0)
        assertLocatedError(text, fixture, line: 7, "inputShape must have one dimension, got [28, 28]; add Flatten() before it")
    }

    func testUnknownIdentifierIsALocatedErrorListingTheValidNames() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        let model = Sequential { Dense(10, inputDim: 4) }
        model.compile(optimizer: "adamw", loss: "mse")
        """])
        XCTAssertNotEqual(outcome.exitStatus, 0)
        assertLocatedError(text, fixture, line: 8, #"unknown optimizer "adamw"; expected one of "sgd", "adam""#)
    }

    func testPyTorchDataSpellings() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: data
        let set = datasets.MNIST("data", train: false, download: true, transform: transforms.Compose([
            transforms.Resize((8, 8)), transforms.ToTensor(), transforms.Normalize(0.1307, 0.3081)]))
        let subset = torch.utils.data.Subset(set, [0, 5, 9, 200, 3])
        let loader = torch.utils.data.DataLoader(subset, batchSize: 2, dropLast: true)
        for (i, (images, labels)) in loader.enumerated() { print("batch", i, images.shape, labels.shape) }
        print("dataset:", loader.dataset.count, "first label:", subset.targets[0].item() == set.targets[0].item())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("data")?.printed ?? text
        for line in ["nothing to download", "batch 0 [2, 1, 8, 8] [2]", "batch 1 [2, 1, 8, 8] [2]", "dataset: 5 first label: true"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
        XCTAssertFalse(printed.contains("batch 2"), printed)
    }

    func testOptimizerAndActivationFactoriesAsImplicitMembers() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: factories
        let model = Sequential { Dense(4, activation: .leakyRelu(alpha: 0.1), inputDim: 3); Dense(2, activation: .softmax) }
        model.compile(optimizer: .sgd(learningRate: 0.1, momentum: 0.9), loss: .sparseCategoricalCrossentropy)
        model.compile(optimizer: .adam(learningRate: 0.01), loss: .sparseCategoricalCrossentropy)
        model.compile(optimizer: .rmsprop(learningRate: 0.01), loss: .sparseCategoricalCrossentropy)
        print("defaults:", Optimizer.sgd(learningRate: 0.5).learningRate, SGD().learningRate, RMSprop().learningRate)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("factories")?.printed.contains("defaults: 0.5 0.009999999776482582 0.0010000000474974513") ?? false,
                      outcome.result("factories")?.printed ?? text)
    }
}
