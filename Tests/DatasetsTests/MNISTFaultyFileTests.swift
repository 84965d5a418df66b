import XCTest
@testable import Datasets

/// Damaged, missing and mislabelled files, written to a fresh temporary directory per test.
final class MNISTFaultyFileTests: XCTestCase {
    private var root: URL!
    private var mnistDirectory: URL { root.appendingPathComponent("mnist") }
    private var realLabelsGz: URL {
        URL(fileURLWithPath: MNISTRealDataTests.dataRoot).appendingPathComponent("mnist/t10k-labels-idx1-ubyte.gz")
    }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("mnist-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mnistDirectory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: - Building IDX files

    private func word(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xff), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    private func imagesFile(count: Int, rows: Int = 28, columns: Int = 28, magic: Int = 2051) -> [UInt8] {
        word(magic) + word(count) + word(rows) + word(columns) + (0..<count * rows * columns).map { UInt8($0 % 256) }
    }

    private func labelsFile(_ labels: [UInt8], magic: Int = 2049) -> [UInt8] {
        word(magic) + word(labels.count) + labels
    }

    private func write(_ bytes: [UInt8], _ name: String) throws {
        try Data(bytes).write(to: mnistDirectory.appendingPathComponent(name))
    }

    private func loadTestSplit() throws -> MNISTSplit {
        try MNISTSplit.load(root: root.path, train: false)
    }

    private func assertError(_ expected: DatasetError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try loadTestSplit(), file: file, line: line) { error in
            XCTAssertEqual(error as? DatasetError, expected, file: file, line: line)
        }
    }

    // MARK: - Tests

    func testPlainUncompressedFilesLoad() throws {
        try write(imagesFile(count: 3), "t10k-images-idx3-ubyte")
        try write(labelsFile([3, 0, 9]), "t10k-labels-idx1-ubyte")
        let split = try loadTestSplit()
        XCTAssertEqual(split.images.shape, [3, 28, 28])
        XCTAssertEqual(split.labels, [3, 0, 9])
        XCTAssertEqual(split.images.image(1)?.first, UInt8(784 % 256))
        XCTAssertEqual(split.labelHistogram(), [1, 0, 0, 1, 0, 0, 0, 0, 0, 1])
    }

    func testMissingFileNamesThePathsSearchedAndHowToRestore() throws {
        try write(labelsFile([1]), "t10k-labels-idx1-ubyte")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case let .missingFile(searched, hint)? = error as? DatasetError else {
                return XCTFail("expected missingFile, got \(error)")
            }
            let expected = mnistDirectory.appendingPathComponent("t10k-images-idx3-ubyte.gz").path
            XCTAssertEqual(searched.first, expected)
            XCTAssertTrue(hint.contains("mnist/"), hint)
            XCTAssertTrue("\(error)".contains(expected))
            XCTAssertTrue("\(error)".contains("README"))
        }
    }

    func testGzippedFileIsPreferredOverPlainOne() throws {
        try write(imagesFile(count: 1), "t10k-images-idx3-ubyte")
        try write(labelsFile([5]), "t10k-labels-idx1-ubyte")
        try write(Array("garbage".utf8), "t10k-labels-idx1-ubyte.gz")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case let .wrongMagic(path, _, _)? = error as? DatasetError else { return XCTFail("got \(error)") }
            XCTAssertTrue(path.hasSuffix(".gz"), path)
        }
    }

    func testDirectoryWithADataFileNameCountsAsMissing() throws {
        try write(labelsFile([5]), "t10k-labels-idx1-ubyte")
        try FileManager.default.createDirectory(
            at: mnistDirectory.appendingPathComponent("t10k-images-idx3-ubyte.gz"), withIntermediateDirectories: false)
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case let .missingFile(searched, _)? = error as? DatasetError else { return XCTFail("got \(error)") }
            XCTAssertEqual(searched.count, 2)
        }
    }

    func testTruncatedGzipIsReportedAsTruncated() throws {
        try write(imagesFile(count: 1), "t10k-images-idx3-ubyte")
        let gz = try [UInt8](Data(contentsOf: realLabelsGz))
        try write(Array(gz.prefix(gz.count / 2)), "t10k-labels-idx1-ubyte.gz")
        let path = mnistDirectory.appendingPathComponent("t10k-labels-idx1-ubyte.gz").path
        assertError(.truncatedCompression(path: path))
    }

    func testCorruptGzipIsReportedAsCorrupt() throws {
        try write(imagesFile(count: 1), "t10k-images-idx3-ubyte")
        var gz = try [UInt8](Data(contentsOf: realLabelsGz))
        for index in 100..<200 { gz[index] ^= 0x5a }
        try write(gz, "t10k-labels-idx1-ubyte.gz")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case let .corruptCompression(path, reason)? = error as? DatasetError else {
                return XCTFail("expected corruptCompression, got \(error)")
            }
            XCTAssertTrue(path.hasSuffix("t10k-labels-idx1-ubyte.gz"))
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testLabelsFileInPlaceOfImagesHasWrongMagic() throws {
        try write(labelsFile([1, 2]), "t10k-images-idx3-ubyte")
        try write(labelsFile([1, 2]), "t10k-labels-idx1-ubyte")
        let path = mnistDirectory.appendingPathComponent("t10k-images-idx3-ubyte").path
        assertError(.wrongMagic(path: path, expected: 2051, found: 2049))
    }

    func testTextFileWithGzipNameHasWrongMagic() throws {
        try write(Array("not mnist at all\n".utf8), "t10k-images-idx3-ubyte.gz")
        try write(labelsFile([1]), "t10k-labels-idx1-ubyte")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case .wrongMagic(_, 2051, _)? = error as? DatasetError else {
                return XCTFail("expected wrongMagic, got \(error)")
            }
        }
    }

    func testTruncatedPlainFileIsALengthMismatch() throws {
        try write(Array(imagesFile(count: 2).dropLast(10)), "t10k-images-idx3-ubyte")
        try write(labelsFile([1, 2]), "t10k-labels-idx1-ubyte")
        let path = mnistDirectory.appendingPathComponent("t10k-images-idx3-ubyte").path
        assertError(.lengthMismatch(path: path, expectedBytes: 2 * 784, actualBytes: 2 * 784 - 10))
    }

    func testTrailingBytesAreALengthMismatch() throws {
        try write(imagesFile(count: 1), "t10k-images-idx3-ubyte")
        try write(labelsFile([1]) + [0], "t10k-labels-idx1-ubyte")
        let path = mnistDirectory.appendingPathComponent("t10k-labels-idx1-ubyte").path
        assertError(.lengthMismatch(path: path, expectedBytes: 1, actualBytes: 2))
        XCTAssertTrue(DatasetError.lengthMismatch(path: path, expectedBytes: 1, actualBytes: 2)
            .description.contains("longer than its header says"))
    }

    func testHeaderShorterThanItsDimensionsIsMalformed() throws {
        try write(word(2051) + word(1), "t10k-images-idx3-ubyte")
        try write(labelsFile([1]), "t10k-labels-idx1-ubyte")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case .malformedHeader? = error as? DatasetError else { return XCTFail("got \(error)") }
        }
    }

    func testHugeDimensionsAreRejectedWithoutAllocating() throws {
        try write(word(2051) + word(0xffff_ffff) + word(0xffff_ffff) + word(0xffff_ffff), "t10k-images-idx3-ubyte")
        try write(labelsFile([1]), "t10k-labels-idx1-ubyte")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case .malformedHeader? = error as? DatasetError else { return XCTFail("got \(error)") }
        }
    }

    func testImagesThatAreNot28By28AreRejected() throws {
        try write(imagesFile(count: 1, rows: 27), "t10k-images-idx3-ubyte")
        try write(labelsFile([1]), "t10k-labels-idx1-ubyte")
        XCTAssertThrowsError(try loadTestSplit()) { error in
            guard case let .malformedHeader(_, reason)? = error as? DatasetError else { return XCTFail("got \(error)") }
            XCTAssertTrue(reason.contains("27×28"), reason)
        }
    }

    func testImageAndLabelCountsMustAgree() throws {
        try write(imagesFile(count: 2), "t10k-images-idx3-ubyte")
        try write(labelsFile([1, 2, 3]), "t10k-labels-idx1-ubyte")
        assertError(.countMismatch(images: 2, labels: 3))
    }

    func testLabelsMustBeDigits() throws {
        try write(imagesFile(count: 2), "t10k-images-idx3-ubyte")
        try write(labelsFile([4, 10]), "t10k-labels-idx1-ubyte")
        let path = mnistDirectory.appendingPathComponent("t10k-labels-idx1-ubyte").path
        assertError(.labelOutOfRange(path: path, index: 1, value: 10))
    }
}
