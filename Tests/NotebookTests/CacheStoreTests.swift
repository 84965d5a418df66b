import Builtins
import Compute
import Foundation
@testable import Notebook
import XCTest

/// The cache's files: content-addressed blobs, checksummed entries, the lock and the size cap.
final class CacheStoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-store-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testIdenticalBlobsAreStoredOnceAndCheckedOnRead() throws {
        let store = try CacheStore(directory: directory)
        let first = try store.putBlob([1, 2, 3])
        XCTAssertEqual(try store.putBlob([1, 2, 3]), first)
        XCTAssertEqual(store.blob(first), [1, 2, 3])
        XCTAssertTrue(store.blobIsIntact(first))
        let path = directory.appendingPathComponent("blobs/\(first.prefix(2))/\(first)")
        try Data([1, 2, 4]).write(to: path)
        XCTAssertNil(store.blob(first))
        XCTAssertFalse(store.blobIsIntact(first))
        XCTAssertFalse(store.blobIsIntact(CacheStore.sha256([9])), "a blob never stored")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("tmp").path), [])
    }

    func testStreamedTensorBlobIsTheSerializedTensorStoredOnce() throws {
        let store = try CacheStore(directory: directory)
        // More elements than one piece holds, with −0, a NaN payload and a value needing every bit.
        var values = (0..<(Tensor.serializedElementsPerPiece + 2)).map { Float($0) * 0.37 }
        values[1] = -0.0
        values[2] = Float(bitPattern: 0x7fc0_1234)
        values[values.count - 1] = Float(bitPattern: 0xdead_beef)
        let tensor = try Tensor(shape: [values.count / 3, 3], scalars: values, requiresGrad: true)
        var pieces = 0
        let hash = try store.putBlob { emit in try tensor.serialize(inPieces: { pieces += 1; try emit($0) }) }
        XCTAssertEqual(pieces, 3, "header, one full piece, the rest")
        XCTAssertEqual(hash, CacheStore.sha256(tensor.serialized()))
        XCTAssertEqual(store.blob(hash), tensor.serialized())
        XCTAssertEqual(try store.putBlob { emit in try tensor.serialize(inPieces: emit) }, hash)
        let restored = try Tensor(serialized: try XCTUnwrap(store.blob(hash)))
        XCTAssertEqual(restored.shape, tensor.shape)
        XCTAssertEqual(restored.scalars.map(\.bitPattern), values.map(\.bitPattern))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("tmp").path), [])
    }

    func testTruncatedOrEditedEntryReadsAsCorrupt() throws {
        let store = try CacheStore(directory: directory)
        try store.putEntry(entry(key: "k1"))
        guard case .found = store.entry("k1") else { return XCTFail("entry not found") }
        let url = directory.appendingPathComponent("entries/k1")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 2).write(to: url)
        guard case .corrupt = store.entry("k1") else { return XCTFail("a truncated entry was accepted") }
        guard case .missing = store.entry("k2") else { return XCTFail("a missing entry was found") }
    }

    func testSecondRunOnTheSameOutputStopsWithAClearMessage() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let held = try CacheLock(directory: directory, wait: 0)
        XCTAssertThrowsError(try CacheLock(directory: directory, wait: 0.2)) { error in
            XCTAssertTrue(String(describing: error).contains("another notebook run is using"), "\(error)")
        }
        withExtendedLifetime(held) {}
    }

    func testSizeCapEvictsLeastRecentlyUsedEntriesAndTheirBlobs() throws {
        let store = try CacheStore(directory: directory)
        var old = entry(key: "old")
        old.figures = ["a.png": try store.putBlob(Array(repeating: 7, count: 1000))]
        try store.putEntry(old)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -100)],
                                              ofItemAtPath: directory.appendingPathComponent("entries/old").path)
        var new = entry(key: "new")
        new.figures = ["b.png": try store.putBlob(Array(repeating: 8, count: 1000))]
        try store.putEntry(new)
        store.evict(limit: 1500, keeping: [])
        guard case .missing = store.entry("old") else { return XCTFail("the older entry was kept") }
        guard case .found = store.entry("new") else { return XCTFail("the newer entry was evicted") }
        XCTAssertNil(store.blob(old.figures["a.png"]!))
        XCTAssertNotNil(store.blob(new.figures["b.png"]!))
    }

    func testCleanEmptiesTheCache() throws {
        let fixture = try NotebookFixture("```swift\n//| label: one\nprint(1)\n```\n")
        _ = fixture.run()
        XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.outputDirectory.appendingPathComponent(".cache/entries").path))
        _ = try DiskCellCache.clean(outputDirectory: fixture.outputDirectory)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.outputDirectory.appendingPathComponent(".cache/entries").path))
        guard case .ran? = fixture.run().result("one")?.status else { return XCTFail("the cell was not run after clean") }
    }

    private func entry(key: String) -> CacheEntry {
        CacheEntry(key: key, cellID: "cell", codeHash: "", options: [], inputs: [:], parameters: [:], randomSeed: nil,
                   dataFiles: [:], fileHashes: [:], values: [:], result: CellResult(cellID: "cell", status: .ran(seconds: 1)), figures: [:])
    }
}

/// `notebook clean` through the cache: it empties the cache, and refuses while a run holds it.
final class CacheCleanTests: XCTestCase {
    func testCleanEmptiesTheCacheButNotWhileARunHoldsIt() throws {
        let fixture = try NotebookFixture("```swift\n//| label: one\nprint(1)\n```\n")
        _ = fixture.run()
        let cache = fixture.outputDirectory.appendingPathComponent(".cache")
        var held: CacheLock? = try CacheLock(directory: cache, wait: 0)
        XCTAssertThrowsError(try DiskCellCache.clean(outputDirectory: fixture.outputDirectory))
        XCTAssertNotNil(held)
        held = nil
        _ = try DiskCellCache.clean(outputDirectory: fixture.outputDirectory)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path), ["lock"])
        guard case .ran? = fixture.run().result("one")?.status else { return XCTFail("the cell was not run after clean") }
    }

    func testSecondRunOnALockedOutputStopsWithExitStatus2() throws {
        let fixture = try NotebookFixture("```swift\n//| label: one\nprint(1)\n```\n")
        let cache = fixture.outputDirectory.appendingPathComponent(".cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let held = try CacheLock(directory: cache, wait: 0)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 2)
        XCTAssertTrue(fixture.progress.allText.contains("another notebook run is using"), fixture.progress.allText)
        withExtendedLifetime(held) {}
    }
}
