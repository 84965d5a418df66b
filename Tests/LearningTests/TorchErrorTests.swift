import ArticleFixtures
import Compute
import XCTest
@testable import Learning

/// Mistakes a notebook author can make are thrown errors that name the layer, the expectation and
/// what came — never a crash.
final class TorchErrorTests: XCTestCase {
    private func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "no error" } catch { return "\(error)" }
    }

    func testLinearFedTheWrongSizeNamesTheLayerByItsAttribute() throws {
        let model = try ArticleCNN(using: RandomGenerator(seed: 1))
        // 10×10 input → conv output 6×6 → 2304 features instead of 1024.
        let text = message { try model(Tensor.zeros([2, 1, 10, 10])) }
        XCTAssertEqual(text, "fc (Linear(1024, 10)): expected input [N, 1024], got [2, 2304]")
        let channels = message { try model(Tensor.zeros([2, 3, 8, 8])) }
        XCTAssertEqual(channels, "conv1 (Conv2d(1, 32, kernelSize: 3)): expected input [N, 1, H, W], got [2, 3, 8, 8]")
        let small = message { try model(Tensor.zeros([1, 1, 4, 4])) }
        XCTAssertTrue(small.hasPrefix("conv2 (Conv2d(32, 64, kernelSize: 3)): input 2×2"), small)
    }

    func testLossWithWrongLabelShapeSaysWhatItExpected() throws {
        let logits = try Tensor.zeros([4, 10])
        XCTAssertEqual(message { try nn.CrossEntropyLoss()(logits, Tensor.zeros([4, 10])) },
                       "CrossEntropyLoss: expected target [4] of class indices for input [4, 10], got [4, 10]")
        XCTAssertEqual(message { try nn.NLLLoss()(logits, Tensor([1, 2, 3])) },
                       "NLLLoss: expected target [4] of class indices for input [4, 10], got [3]")
        XCTAssertEqual(message { try F.crossEntropy(logits, Tensor([0, 1, 2, 10])) },
                       "cross_entropy: expected class indices in 0..<10, got 10.0")
    }

    func testDataLoaderRejectsEmptyDatasetsBatchSizeZeroAndImplicitRandomness() throws {
        let data = try TensorSubset(data: Tensor.zeros([3, 1, 2, 2]), targets: Tensor([0, 1, 2]))
        XCTAssertEqual(message { try DataLoader(data, batchSize: 0) }, "DataLoader: expected batchSize ≥ 1, got 0")
        let empty = try TensorSubset(data: Tensor.zeros([0, 1, 2, 2]), targets: Tensor.zeros([0]))
        XCTAssertEqual(message { try DataLoader(empty, batchSize: 2) }, "DataLoader: expected a non-empty dataset, got 0 samples")
        XCTAssertTrue(message { try DataLoader(data, batchSize: 2, shuffle: true) }.contains("needs a generator"))
        XCTAssertTrue(message { try TensorSubset(data: Tensor.zeros([3, 4]), targets: Tensor([1])) }.contains("TensorSubset"))
    }

    func testBadConstructionArgumentsAndMissingDataThrow() {
        let rng = RandomGenerator(seed: 2)
        XCTAssertTrue(message { try nn.Conv2d(0, 3, 3, using: rng) }.hasPrefix("Conv2d(0, 3"))
        XCTAssertTrue(message { try nn.Linear(5, 0, using: rng) }.hasPrefix("Linear(5, 0)"))
        XCTAssertTrue(message { try nn.Dropout(1.5, using: rng) }.contains("p must be in [0, 1]"))
        XCTAssertTrue(message { try optim.SGD([], lr: -1) }.hasPrefix("optim.SGD"))
        XCTAssertTrue(message { try datasets.MNIST("/nonexistent-root", train: false) }.contains("/nonexistent-root"))
        XCTAssertTrue(message { try transforms.Normalize([0.5], [0.5])(ImageBatch(pixels: Tensor.zeros([1, 1, 2, 2]), isPixelImage: true)) }
            .contains("apply ToTensor first"))
        XCTAssertTrue(message { try nn.Module()(Tensor.zeros([1])) }.contains("forward(_:) is not implemented"))
    }
}
