import Compute
import Datasets
import XCTest
@testable import Learning

/// Transformed data-set images, whether kept as floats or converted per batch, are exactly what
/// transforming the whole split in one go gives.
final class DatasetImagesTests: XCTestCase {
    /// The test split's pixels as one [N, 1, 28, 28] tensor through `transform`.
    private func wholeSplit(_ split: MNISTSplit, _ transform: TorchTransform?) throws -> Tensor {
        let pixels = try Tensor(shape: [split.count, 1, 28, 28], scalars: split.images.pixels.map(Float.init))
        return try transform?(ImageBatch(pixels: pixels, isPixelImage: true)).pixels ?? pixels
    }

    func testEveryFormMatchesTransformingTheWholeSplitBitForBit() throws {
        let split = try MNISTSplit.load(root: torchTestDataRoot, train: false)
        let pipelines: [(String, TorchTransform?)] = [
            ("article (kept transformed)", torchArticleTransform),
            ("ToTensor (kept as bytes)", transforms.ToTensor()),
            ("none (kept as bytes)", nil),
        ]
        for (name, transform) in pipelines {
            let expected = try wholeSplit(split, transform)
            let images = try DatasetImages(split.images, transform: transform)
            XCTAssertEqual(images.count, 10_000, name)
            XCTAssertEqual([images.count] + images.imageShape, expected.shape, name)
            XCTAssertEqual(bits(try images.all()), bits(expected), name)
            // A range across a chunk boundary, and a shuffled-looking gather.
            XCTAssertEqual(bits(try images.batch(1000..<1100)), bits(try expected.slice(1000..<1100)), name)
            let indices = [9999, 0, 1024, 1023, 5]
            XCTAssertEqual(bits(try images.batch(at: indices)), bits(try expected.rows(indices)), name)
            XCTAssertEqual(bits(try images.subset(20..<30).all()), bits(try expected.slice(20..<30)), name)
            XCTAssertEqual(bits(try images.subset(at: indices).batch(1..<3)), bits(try expected.rows([0, 1024])), name)
        }
    }

    func testOutOfRangeRequestsThrowInsteadOfCrashing() throws {
        let split = try MNISTSplit.load(root: torchTestDataRoot, train: false)
        for transform in [torchArticleTransform, nil] as [TorchTransform?] {
            let images = try DatasetImages(split.images, transform: transform)
            XCTAssertThrowsError(try images.batch(9990..<10_001))
            XCTAssertThrowsError(try images.batch(at: [3, 10_000]))
            XCTAssertThrowsError(try images.subset(-1..<2))
            XCTAssertThrowsError(try images.subset(at: [-1]))
        }
    }

    func testDataLoaderOverBytesServesTheSameBatchesAsOverFloats() throws {
        let set = try datasets.MNIST(torchTestDataRoot, train: false, transform: transforms.ToTensor())
        let floats = try TensorSubset(data: set.data, targets: set.targets)
        func batches(_ dataset: TorchDataset) throws -> [[UInt32]] {
            let loader = try DataLoader(dataset, batchSize: 2048, shuffle: true, generator: RandomGenerator(seed: 3))
            return loader.map { bits($0.0) + bits($0.1) }
        }
        XCTAssertEqual(try batches(set), try batches(floats))
    }
}
