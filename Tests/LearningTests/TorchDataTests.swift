import Compute
import Datasets
import XCTest
@testable import Learning

final class TorchDataTests: XCTestCase {
    func testResizeMatchesIndependentReference() throws {
        let mnist = try MNISTSplit.load(root: torchTestDataRoot, train: false)
        for fixture in torchResizeFixture {
            let input: [Float]
            if fixture.name.hasPrefix("mnistTest"), let index = Int(fixture.name.dropFirst("mnistTest".count)),
               let image = mnist.images.image(index) {
                input = image.map { Float($0) / 255 }
            } else {
                input = fixture.input
            }
            let shape = [1, 1] + fixture.inputShape
            let batch = ImageBatch(pixels: try Tensor(shape: shape, scalars: input), isPixelImage: false)
            let output = try transforms.Resize((fixture.outputShape[0], fixture.outputShape[1]))(batch)
            XCTAssertEqual(output.pixels.shape, [1, 1] + fixture.outputShape, fixture.name)
            for (actual, expected) in zip(output.pixels.scalars, fixture.expected) {
                XCTAssertEqual(actual, expected, accuracy: 2e-6, fixture.name)
            }
        }
    }

    func testResizeOnPixelImagesRoundsLikeAnEightBitImage() throws {
        let values: [Float] = (0..<16).map { Float($0 * 17 % 256) }
        let batch = ImageBatch(pixels: try Tensor(shape: [1, 1, 4, 4], scalars: values), isPixelImage: true)
        let resized = try transforms.Resize(3)(batch)
        let exact = try resizeBilinear(batch.pixels, height: 3, width: 3)
        XCTAssertTrue(resized.isPixelImage)
        XCTAssertEqual(resized.pixels.scalars, exact.scalars.map { $0.rounded() })
    }

    func testToTensorAndNormalizeFollowTorchvision() throws {
        let pixels = try Tensor(shape: [1, 2, 1, 2], scalars: [0, 255, 51, 102])
        let pipeline = transforms.Compose([transforms.ToTensor(), transforms.Normalize([0.5, 0.1], [0.5, 0.2])])
        let output = try pipeline(ImageBatch(pixels: pixels, isPixelImage: true))
        XCTAssertFalse(output.isPixelImage)
        let expected: [Float] = [(0 - 0.5) / 0.5, (1 - 0.5) / 0.5, (0.2 - 0.1) / 0.2, (0.4 - 0.1) / 0.2]
        for (a, e) in zip(output.pixels.scalars, expected) { XCTAssertEqual(a, e, accuracy: 1e-6) }
        XCTAssertThrowsError(try transforms.ToTensor()(output))
        XCTAssertThrowsError(try transforms.Normalize([0.1, 0.2, 0.3], [1, 1, 1])(output))
    }

    func testMNISTWithArticleTransformAndDataLoaderBatches() throws {
        let test = try datasets.MNIST(torchTestDataRoot, train: false, transform: torchArticleTransform)
        XCTAssertEqual(try test.data.shape, [10_000, 1, 8, 8])
        XCTAssertEqual(test.targets.shape, [10_000])
        XCTAssertEqual(Array(test.targets.scalars.prefix(3)), [7, 2, 1])
        // Normalised with MNIST's statistics: the 8×8 means stay near 0 and the data is not constant.
        let data = try test.data
        let mean = data.scalars.reduce(0, +) / Float(data.count)
        XCTAssertEqual(mean, 0, accuracy: 0.3)

        var progress: [LoaderProgress] = []
        let loader = try DataLoader(test, batchSize: 512, onBatch: { progress.append($0) })
        XCTAssertEqual(loader.count, 20)
        var seen = 0
        for (images, labels) in loader {
            XCTAssertEqual(images.shape, [labels.count, 1, 8, 8])
            if seen == 0 { XCTAssertEqual(bits(images), bits(try test.data.slice(0..<512))) }
            seen += labels.count
        }
        XCTAssertEqual(seen, 10_000)
        XCTAssertEqual(progress.count, 20)
        XCTAssertEqual(progress.last, LoaderProgress(index: 19, count: 20, size: 10_000 - 19 * 512))
    }

    func testShuffleIsSeededFreshPerEpochAndCoversEverySample() throws {
        let data = try TensorSubset(data: Tensor(shape: [10, 1], scalars: (0..<10).map(Float.init)),
                                    targets: Tensor((0..<10).map(Float.init)))
        func epochs(seed: UInt64) throws -> [[Float]] {
            let loader = try DataLoader(data, batchSize: 4, shuffle: true, generator: RandomGenerator(seed: seed))
            return (0..<2).map { _ in loader.flatMap { $0.1.scalars } }
        }
        let first = try epochs(seed: 9), again = try epochs(seed: 9)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first[0], first[1])
        XCTAssertEqual(first[0].sorted(), (0..<10).map(Float.init))
        let dropLast = try DataLoader(data, batchSize: 4, dropLast: true)
        XCTAssertEqual(dropLast.map { $0.1.count }, [4, 4])
    }
}
