import Foundation
import Notebook
import XCTest

/// MNIST as cells see it, and the figures drawn from Learning and Datasets values.
final class BindingsDatasetsTests: XCTestCase {
    func testSplitsBehaveLikeCollectionsAndDrawFigures() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: load
        let (train, test) = MNIST.load()
        print("train:", train.images.shape, "test:", test.labels.shape, "count:", test.count)
        let counts = train.classCounts()
        print("total:", counts.reduce(0, +), "classes:", counts.count)
        let (image, label) = train[0]
        print("first:", image.shape, label, "max pixel:", train.images.max().item())
        print("slice:", train[10..<20].count, "select:", test.select([3, 1, 4]).labels.shape)
        for (images, labels) in DataLoader(test.prefix(10), batchSize: 4) {
            print("batch:", images.shape, labels.shape, (images == test.images[0..<10][0..<images.shape[0]]).mean().item())
        }
        """, """
        //| label: grid
        imageGrid(train.prefix(25), columns: 5)
        """, """
        //| label: bars
        barChart(counts, labels: (0...9).map { String($0) }, title: "Training images per digit")
        """, """
        //| label: mistakes
        let guesses = test.prefix(100).labels
        let shown = [0, 1, 2, 3]
        imageGrid(test.select(shown), predictions: shown.map { guesses[$0] }, columns: 4)
        """, """
        //| label: confusion
        confusionMatrix(predicted: test.labels, actual: test.labels)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let load = try XCTUnwrap(outcome.result("load")).printed
        XCTAssertTrue(load.contains("train: [60000, 28, 28] test: [10000] count: 10000"), load)
        XCTAssertTrue(load.contains("total: 60000 classes: 10"), load)
        XCTAssertTrue(load.contains("first: [28, 28] 5 max pixel: 255"), load)
        XCTAssertTrue(load.contains("slice: 10 select: [3]"), load)
        XCTAssertTrue(load.contains("batch: [4, 28, 28] [4] 1.0"), load)
        XCTAssertTrue(load.contains("batch: [2, 28, 28] [2] 0."), "the last batch holds images 8 and 9, not 0 and 1: \(load)")
        for label in ["grid", "bars", "mistakes", "confusion"] {
            let figure = try XCTUnwrap(outcome.result(label)?.figures.first, label)
            let path = fixture.outputDirectory.appendingPathComponent(figure.path).path
            XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
        }
    }

    func testCurvesPlotAndCompare() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: curves
        let (train, test) = MNIST.load()
        let x = train.prefix(128).images.reshaped([-1, 28, 28, 1]) / 255
        let model = Sequential { Flatten(inputShape: (28, 28, 1)); Dense(10, activation: .softmax) }
        model.compile(loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let history = model.fit(x, train.prefix(128).labels, epochs: 2, validationSplit: 0.25)
        var curve = LossCurve()
        curve.add(train: 2.0, epoch: 1)
        curve.add(validation: 1.5, epoch: 1)
        curve.add(train: 1.0, epoch: 2)
        curve.add(validation: 1.2, epoch: 2)
        print("means:", curve.trainMeans, curve.validationMeans)
        """, """
        //| label: plot-history
        plot(history, title: "Keras-style")
        """, """
        //| label: plot-curve
        plot(curve, title: "PyTorch-style")
        """, """
        //| label: compare
        compare(history, curve, titles: ["Keras style", "PyTorch style"])
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("curves")?.printed.contains("means: [2.0, 1.0] [1.5, 1.2]") ?? false,
                      outcome.result("curves")?.printed ?? "")
        for label in ["plot-history", "plot-curve", "compare"] {
            XCTAssertEqual(outcome.result(label)?.figures.count, 1, label)
        }
    }

    func testMissingDataSetSaysWhereItLooked() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: missing
        let set = datasets.MNIST("/nonexistent-notebook-data", train: true)
        """])
        XCTAssertEqual(outcome.exitStatus, 1)
        assertLocatedError(text, fixture, line: 8, "/nonexistent-notebook-data/mnist")
    }
}
