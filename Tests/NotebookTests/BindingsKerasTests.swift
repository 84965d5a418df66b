import Foundation
import Notebook
import XCTest

/// The Keras-style API as cells use it: building, compiling, fitting on real MNIST digits,
/// evaluating, summaries and histories as displays, and errors located at the cell's line.
final class BindingsKerasTests: XCTestCase {
    private let data = """
    //| label: data
    let (train, test) = MNIST.load()
    let small = train.prefix(256)
    let x = small.images.reshaped([-1, 28, 28, 1]) / 255
    let y = toCategorical(small.labels, numClasses: 10)
    print("x:", x.shape, "y:", y.shape)
    """

    func testBuilderModelTrainsAndDisplaysSummaryAndHistory() throws {
        let (outcome, text, _) = try runBindingsNotebook([data, """
        //| label: model
        let model = Sequential {
            Conv2D(4, (3, 3), inputShape: (28, 28, 1), activation: .relu)
            MaxPooling2D((2, 2))
            Flatten()
            Dense(10, activation: .softmax)
        }
        model.compile(optimizer: SGD(learningRate: 0.1), loss: .categoricalCrossentropy, metrics: [.accuracy])
        print("params:", model.countParams())
        model
        """, """
        //| label: train
        let history = model.fit(x, y, batchSize: 32, epochs: 2, validationSplit: 0.25)
        print("epochs:", history.loss.count, history.valLoss.count, history.valAccuracy.count, history.epochSeconds.count)
        print("keras keys:", history.history["val_loss"] != nil)
        history
        """, """
        //| label: evaluate
        let (loss, accuracy) = model.evaluate(x, y)
        print("finite:", loss > 0, accuracy >= 0, accuracy <= 1)
        let predicted = model.predict(x).argmax(dim: 1)
        print("predicted:", predicted.shape)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("data")?.printed.contains("x: [256, 28, 28, 1] y: [256, 10]") ?? false)
        let model = try XCTUnwrap(outcome.result("model"))
        // Conv2D 4·9 + 4 = 40, Dense 13·13·4·10 + 10 = 6,770.
        XCTAssertTrue(model.printed.contains("params: 6810"), model.printed)
        let summary = try XCTUnwrap(model.modelSummaries.first)
        XCTAssertEqual(summary.rows.first?[0], "conv2d (Conv2D)")
        XCTAssertEqual(summary.rows.first?[1], "(None, 26, 26, 4)")
        XCTAssertTrue(summary.caption?.contains("Total params: 6,810") ?? false, summary.caption ?? "")
        let train = try XCTUnwrap(outcome.result("train"))
        XCTAssertTrue(train.printed.contains("epochs: 2 2 2 2"), train.printed)
        XCTAssertTrue(train.printed.contains("keras keys: true"), train.printed)
        let table = try XCTUnwrap(train.tables.first)
        XCTAssertEqual(table.header, ["epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds"])
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertTrue(outcome.result("evaluate")?.printed.contains("finite: true true true") ?? false)
        XCTAssertTrue(outcome.result("evaluate")?.printed.contains("predicted: [256]") ?? false)
    }

    func testAddFormSparseLossAndProgressReports() throws {
        let fixture: NotebookFixture
        let outcome: RunOutcome
        var text = ""
        (outcome, text, fixture) = try runBindingsNotebook([data, """
        //| label: sparse
        let model = Sequential()
        model.add(Flatten(inputShape: (28, 28, 1)))
        model.add(Dense(16, activation: .relu))
        model.add(Dropout(0.2))
        model.add(Dense(10, activation: .softmax))
        model.compile(optimizer: .adam, loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let history = model.fit(x, small.labels, epochs: 1, validationData: (x, small.labels))
        print("val:", history.valLoss.count, "params:", model.countParams())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("sparse")?.printed.contains("val: 1 params: 12730") ?? false,
                      outcome.result("sparse")?.printed ?? "")
        XCTAssertFalse(fixture.progress.trainingUpdates.isEmpty, "fit reports batches to the progress bar")
        XCTAssertEqual(fixture.progress.epochs.count, 1)
    }

    func testSameSeedGivesTheSameLoss() throws {
        let cells = [data, """
        //| label: train
        let model = Sequential { Flatten(inputShape: (28, 28, 1)); Dense(10, activation: .softmax) }
        model.compile(loss: .categoricalCrossentropy)
        let history = model.fit(x, y, epochs: 1)
        print(history.loss)
        """]
        let first = try runBindingsNotebook(cells).0.result("train")?.printed
        let second = try runBindingsNotebook(cells).0.result("train")?.printed
        XCTAssertNotNil(first)
        XCTAssertEqual(first, second)
    }

    func testDenseFedTheWrongSizeIsLocated() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: wrong-size
        let model = Sequential()
        model.add(Dense(10, inputDim: 5))
        model.compile(loss: .categoricalCrossentropy)
        let output = model.predict(Tensor.zeros([2, 7]))
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        assertLocatedError(text, fixture, line: 11, "dense")
    }

    func testUnknownLayerArgumentLabelIsLocated() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: typo
        let model = Sequential()
        model.add(Conv2D(32, (3, 3), activaton: .relu))
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        assertLocatedError(text, fixture, line: 9, "activaton")
    }

    func testWrongLabelShapeForTheLossIsLocated() throws {
        let (outcome, text, fixture) = try runBindingsNotebook([data, """
        //| label: bad-labels
        let model = Sequential { Flatten(inputShape: (28, 28, 1)); Dense(10, activation: .softmax) }
        model.compile(loss: .categoricalCrossentropy)
        model.fit(x, small.labels, epochs: 1)
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        assertLocatedError(text, fixture, line: 19, "expected one-hot targets")
    }
}
