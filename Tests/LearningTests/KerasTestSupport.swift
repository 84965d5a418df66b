import ArticleFixtures
import Compute
import Learning
import XCTest

/// The article's Keras-style model, built with weights drawn from `seed`.
func makeArticleModel(seed: UInt64) throws -> Sequential {
    try Sequential.articleModel(using: RandomGenerator(seed: seed))
}

/// A small classifier on flat inputs, quick enough for behaviour tests.
func makeSmallModel(seed: UInt64, inputs: Int = 8, classes: Int = 3) throws -> Sequential {
    try Sequential(using: RandomGenerator(seed: seed)) {
        Dense(16, activation: .relu, inputDim: inputs)
        Dense(classes, activation: .softmax)
    }
}

/// `count` random samples of `inputs` features whose class is the arg-max of the first `classes`
/// features, so a model can learn it.
func makeSeparableData(count: Int, inputs: Int = 8, classes: Int = 3, seed: UInt64) throws -> (x: Tensor, labels: Tensor) {
    let generator = RandomGenerator(seed: seed)
    var values: [Float] = []
    var labels: [Float] = []
    for _ in 0..<count {
        let row = (0..<inputs).map { _ in generator.uniform(-1, 1) }
        values += row
        labels.append(Float(row.prefix(classes).indices.max { row[$0] < row[$1] }!))
    }
    return (try Tensor(shape: [count, inputs], scalars: values), Tensor(labels))
}

/// Asserts that `body` throws a `KerasError` whose context is `context` and whose text contains
/// every fragment of `fragments`.
func assertKerasError(_ context: String, _ fragments: [String], file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("expected a KerasError from \(context)", file: file, line: line)
    } catch let error as KerasError {
        XCTAssertEqual(error.context, context, "\(error)", file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue(error.description.contains(fragment), "\"\(error)\" lacks \"\(fragment)\"", file: file, line: line)
        }
    } catch {
        XCTFail("expected a KerasError, got \(error)", file: file, line: line)
    }
}

/// Records every observer event.
final class RecordingObserver: TrainingObserver {
    var start: TrainingStart?
    var batches: [BatchProgress] = []
    var epochs: [EpochSummary] = []
    var ended = false
    /// Throws `StopTraining` after this many batches (nil: never).
    var stopAfterBatches: Int?
    var stopAtBegin = false

    struct StopTraining: Error, Equatable {}

    func trainingBegan(_ start: TrainingStart) throws {
        self.start = start
        if stopAtBegin { throw StopTraining() }
    }

    func batchEnded(_ progress: BatchProgress) throws {
        batches.append(progress)
        if let stopAfterBatches, batches.count >= stopAfterBatches { throw StopTraining() }
    }

    func epochEnded(_ summary: EpochSummary) throws { epochs.append(summary) }
    func trainingEnded() throws { ended = true }
}
