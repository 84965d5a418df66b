import XCTest
@testable import Datasets

/// Reads the real MNIST files shipped in `data/mnist/` of the repository.
final class MNISTRealDataTests: XCTestCase {
    /// `<repo>/data`, found from this file's location so the tests run from any directory.
    static let dataRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path

    func testTrainingLabelHistogramMatchesPublishedCounts() throws {
        let train = try MNISTSplit.load(root: Self.dataRoot, train: true)
        XCTAssertEqual(train.labelHistogram(), [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949])
        XCTAssertEqual(train.images.shape, [60000, 28, 28])
        XCTAssertEqual(train.images.pixels.count, 60000 * 28 * 28)
        XCTAssertTrue(train.isTraining)
    }

    func testTestLabelHistogramMatchesPublishedCounts() throws {
        let test = try MNISTSplit.load(root: Self.dataRoot, train: false)
        XCTAssertEqual(test.labelHistogram(), [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009])
        XCTAssertEqual(test.images.shape, [10000, 28, 28])
        XCTAssertFalse(test.isTraining)
    }

    func testDecompressedChecksumsMatchPublishedOnes() throws {
        let (train, test) = try MNIST.load(root: Self.dataRoot)
        XCTAssertEqual(train.imagesSHA256, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db")
        XCTAssertEqual(train.labelsSHA256, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5")
        XCTAssertEqual(test.imagesSHA256, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7")
        XCTAssertEqual(test.labelsSHA256, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")
        XCTAssertEqual(MNIST.publishedSHA256["train-images-idx3-ubyte"], train.imagesSHA256)
        XCTAssertTrue(train.imagesPath.hasSuffix("data/mnist/train-images-idx3-ubyte.gz"))
    }

    func testFirstTestImageIsASevenWithInkInTheMiddle() throws {
        let test = try MNISTSplit.load(root: Self.dataRoot, train: false)
        XCTAssertEqual(test.labels[0], 7)
        let first = try XCTUnwrap(test.images.image(0))
        XCTAssertEqual(first.count, 784)
        XCTAssertEqual(first.first, 0, "corner pixels are background")
        XCTAssertEqual(first.max(), 255)
        XCTAssertNil(test.images.image(10000))
        XCTAssertNil(test.images.image(-1))
    }
}
