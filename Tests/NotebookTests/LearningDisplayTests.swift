import Builtins
import Compute
import Foundation
import Language
import Learning
import Notebook
import XCTest

/// Learning's results in a notebook: training reports to the cell's progress, a model shows its
/// summary, a history its per-epoch table and training curves.
final class LearningDisplayTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("learning-display-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func trainedModel(progress: ProgressSink, cancelled: CancellationFlag? = nil) throws -> (Sequential, History, CellContext) {
        let environment = NotebookEnvironment(notebookFile: "nb.md", pageName: "nb", outputDirectory: directory,
                                              dataRoot: "data", parameters: [], seed: 1, progress: progress)
        let context = CellContext(id: "keras-train", options: CellOptions(), environment: environment, cancellation: cancelled)
        let random = context.random
        let model = Sequential()
        try model.add(Dense(3, activation: .softmax, inputDim: 4), using: random)
        try model.compile(optimizer: .sgd, loss: .categoricalCrossentropy, metrics: [.accuracy])
        let x = try Tensor(shape: [20, 4], scalars: (0..<80).map { _ in random.uniform(-1, 1) })
        let y = try toCategorical(Tensor((0..<20).map { Float($0 % 3) }), numClasses: 3)
        let history = try model.fit(x, y, batchSize: 5, epochs: 2, validationSplit: 0.2,
                                    observer: context.trainingObserver, using: random)
        return (model, history, context)
    }

    func testFitReportsBatchesAndEpochsToTheCellProgress() throws {
        let progress = RecordingProgress()
        _ = try trainedModel(progress: progress)
        XCTAssertEqual(progress.epochs.map(\.epoch), [1, 2])
        XCTAssertEqual(progress.epochs.first?.cellID, "keras-train")
        XCTAssertNotNil(progress.epochs.first?.validationLoss)
        XCTAssertEqual(progress.trainingUpdates.last?.batch, progress.trainingUpdates.last?.batches)
    }

    func testCancelledCellStopsTraining() throws {
        let flag = CancellationFlag()
        flag.cancel()
        XCTAssertThrowsError(try trainedModel(progress: RecordingProgress(), cancelled: flag)) { error in
            XCTAssertTrue(error is CellCancelled, "\(error)")
        }
    }

    func testModelAndHistoryDisplayAsTables() throws {
        let (model, history, context) = try trainedModel(progress: RecordingProgress())
        try context.display(.host(model))
        try context.display(.host(history))
        guard context.outputs.count == 2,
              case .modelSummary(let summary) = context.outputs[0],
              case .table(let epochs) = context.outputs[1] else {
            return XCTFail("unexpected outputs \(context.outputs)")
        }
        XCTAssertEqual(summary.header, ["Layer (type)", "Output shape", "Param #"])
        XCTAssertEqual(summary.rows.first?[2], "15")
        XCTAssertEqual(epochs.header, ["epoch", "loss", "accuracy", "val_loss", "val_accuracy"])
        XCTAssertEqual(epochs.rows.map { $0[0] }, ["1", "2"])
    }

    func testHistoryPlotsAsTrainingCurves() throws {
        let (_, history, context) = try trainedModel(progress: RecordingProgress())
        let curves = history.trainingCurves(title: "Keras-style")
        XCTAssertEqual(curves.loss.count, 2)
        XCTAssertEqual(curves.batchLoss?.count, 8)
        try context.show(figure: try curves.render())
        guard case .figure(let figure) = context.outputs.first else { return XCTFail("no figure") }
        XCTAssertEqual(figure.path, "nb_files/keras-train-1.png")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent(figure.path).path))
    }
}

/// A PyTorch-style `LossCurve` shows its per-epoch means and plots as training curves.
final class LossCurveDisplayTests: XCTestCase {
    func testLossCurveShowsEpochMeansAndPlots() throws {
        var curve = LossCurve()
        for (epoch, losses) in [(1, [2.0, 1.0]), (2, [0.8, 0.6])] {
            for loss in losses { curve.add(train: loss, epoch: epoch) }
            curve.add(validation: losses.last! + 0.1, epoch: epoch)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loss-curve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = NotebookEnvironment(notebookFile: "nb.md", pageName: "nb", outputDirectory: directory,
                                              dataRoot: "data", parameters: [], seed: 0)
        let context = CellContext(id: "torch-train", options: CellOptions(), environment: environment)
        try context.display(.host(curve))
        guard case .table(let table)? = context.outputs.first else { return XCTFail("\(context.outputs)") }
        XCTAssertEqual(table.header, ["epoch", "loss", "val_loss"])
        XCTAssertEqual(table.rows, [["1", "1.5", "1.1"], ["2", "0.7", "0.7"]])
        let curves = curve.trainingCurves(title: "PyTorch-style")
        XCTAssertEqual(curves.loss, [1.5, 0.7])
        XCTAssertEqual(curves.batchLoss?.count, 4)
        XCTAssertNoThrow(try curves.render())
    }
}
