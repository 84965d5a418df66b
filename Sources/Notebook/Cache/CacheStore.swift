import Builtins
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files under `<output>/.cache/`:
///
/// - `blobs/ab/abcdef…`: content-addressed bytes (tensors, models, figures), named by their
///   SHA-256, so an identical blob is stored once; reading one checks its hash.
/// - `entries/<key>`: one cell's entry (JSON) after a line holding the SHA-256 of that JSON.
/// - `cells/<cell id>`: the key of the cell's latest entry, to explain why it ran.
///
/// Every file is written to `tmp/` first, flushed and renamed into place, so a run killed at any
/// moment leaves either the old file or the new one, never half of one; a blob is written before
/// the entry that names it. Reads return nil (never crash) for missing, truncated or corrupt files.
final class CacheStore {
    let directory: URL
    private let fileManager = FileManager.default

    init(directory: URL) throws {
        self.directory = directory
        for sub in ["blobs", "entries", "cells", "tmp"] {
            try fileManager.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    private static func hex(_ digest: SHA256.Digest) -> String { digest.map { String(format: "%02x", $0) }.joined() }

    // MARK: Blobs

    /// Stores `bytes` (once) and returns their hash.
    @discardableResult
    func putBlob(_ bytes: [UInt8]) throws -> String {
        let hash = Self.sha256(bytes)
        let url = blobURL(hash)
        if fileManager.fileExists(atPath: url.path) { return hash }
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try writeAtomically(bytes, to: url)
        return hash
    }

    /// Stores the bytes `produce` hands over piece by piece and returns their hash. The pieces are
    /// hashed and written to `tmp/` as they come, so a large value never exists as one byte string
    /// in memory; when an identical blob is stored already, the new file is dropped.
    func putBlob(streaming produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> String {
        var hasher = SHA256()
        let temporary = try writeTemporary { file in
            try produce { piece in
                hasher.update(bufferPointer: piece)
                try file.append(piece)
            }
        }
        let hash = Self.hex(hasher.finalize())
        let url = blobURL(hash)
        if fileManager.fileExists(atPath: url.path) {
            unlink(temporary.path)
            return hash
        }
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try move(temporary, to: url)
        return hash
    }

    /// The blob `hash`, or nil when it is missing or its content no longer has that hash. Read
    /// straight into the returned array (through `Data` it would briefly exist twice).
    func blob(_ hash: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        guard readBlob(hash, { bytes += $0 }, sizeHint: { bytes.reserveCapacity($0) }) == hash else { return nil }
        return bytes
    }

    /// Whether the blob `hash` exists with that content, read piece by piece and not kept.
    func blobIsIntact(_ hash: String) -> Bool {
        readBlob(hash, { _ in }, sizeHint: { _ in }) == hash
    }

    /// Hands the blob file's bytes to `consume` in 1 MiB pieces and returns their SHA-256, or nil
    /// when the file cannot be read.
    private func readBlob(_ hash: String, _ consume: (UnsafeRawBufferPointer) -> Void, sizeHint: (Int) -> Void) -> String? {
        let descriptor = open(blobURL(hash).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 { sizeHint(Int(status.st_size)) }
        var hasher = SHA256()
        var piece = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = piece.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            piece.withUnsafeBytes { buffer in
                let filled = UnsafeRawBufferPointer(rebasing: buffer[..<count])
                hasher.update(bufferPointer: filled)
                consume(filled)
            }
        }
        return Self.hex(hasher.finalize())
    }

    func blobExists(_ hash: String) -> Bool { fileManager.fileExists(atPath: blobURL(hash).path) }

    private func blobURL(_ hash: String) -> URL {
        directory.appendingPathComponent("blobs").appendingPathComponent(String(hash.prefix(2)))
            .appendingPathComponent(hash)
    }

    // MARK: Entries

    enum EntryRead {
        case found(CacheEntry)
        case missing
        case corrupt(String)
    }

    func putEntry(_ entry: CacheEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = [UInt8](try encoder.encode(entry))
        try writeAtomically(Array((Self.sha256(json) + "\n").utf8) + json,
                            to: directory.appendingPathComponent("entries").appendingPathComponent(entry.key))
        try writeAtomically(Array(entry.key.utf8), to: cellIndexURL(entry.cellID))
    }

    func entry(_ key: String) -> EntryRead {
        let url = directory.appendingPathComponent("entries").appendingPathComponent(key)
        guard let data = fileManager.contents(atPath: url.path) else { return .missing }
        let bytes = [UInt8](data)
        guard bytes.count > 65, bytes[64] == UInt8(ascii: "\n"),
              let checksum = String(bytes: bytes[0..<64], encoding: .utf8) else { return .corrupt("truncated entry") }
        let json = Array(bytes[65...])
        guard Self.sha256(json) == checksum else { return .corrupt("entry checksum mismatch") }
        guard let entry = try? JSONDecoder().decode(CacheEntry.self, from: Data(json)), entry.key == key else {
            return .corrupt("unreadable entry")
        }
        touch(url)
        return .found(entry)
    }

    /// The key of the latest entry stored for cell `id`.
    func latestKey(cellID: String) -> String? {
        fileManager.contents(atPath: cellIndexURL(cellID).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    func removeEntry(_ key: String) {
        try? fileManager.removeItem(at: directory.appendingPathComponent("entries").appendingPathComponent(key))
    }

    private func cellIndexURL(_ id: String) -> URL {
        directory.appendingPathComponent("cells").appendingPathComponent(CellContext.fileSafe(id))
    }

    // MARK: Size cap

    /// Removes least recently used entries until blobs and entries total at most `limit` bytes,
    /// then every blob no remaining entry names. Leftovers of killed runs in `tmp/` go too.
    func evict(limit: Int, keeping: Set<String>) {
        let entriesURL = directory.appendingPathComponent("entries")
        var entries: [(key: String, used: Date, entry: CacheEntry?)] = []
        for key in (try? fileManager.contentsOfDirectory(atPath: entriesURL.path)) ?? [] {
            let url = entriesURL.appendingPathComponent(key)
            let used = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
            if case .found(let entry) = entry(key) { entries.append((key, used, entry)) } else { entries.append((key, used, nil)) }
        }
        var sizes: [String: Int] = [:]
        for (hash, url) in allBlobs() { sizes[hash] = fileSize(url) }
        func total(_ live: [(key: String, used: Date, entry: CacheEntry?)]) -> Int {
            Set(live.flatMap { $0.entry?.blobs ?? [] }).reduce(0) { $0 + (sizes[$1] ?? 0) }
        }
        var live = entries.filter { $0.entry != nil }.sorted { $0.used < $1.used }
        for dead in entries where dead.entry == nil { removeEntry(dead.key) }
        while total(live) > limit, let oldest = live.firstIndex(where: { !keeping.contains($0.key) }) {
            removeEntry(live[oldest].key)
            live.remove(at: oldest)
        }
        let referenced = Set(live.flatMap { $0.entry?.blobs ?? [] })
        for (hash, url) in allBlobs() where !referenced.contains(hash) { try? fileManager.removeItem(at: url) }
        let tmp = directory.appendingPathComponent("tmp")
        for name in (try? fileManager.contentsOfDirectory(atPath: tmp.path)) ?? [] {
            try? fileManager.removeItem(at: tmp.appendingPathComponent(name))
        }
    }

    private func allBlobs() -> [(String, URL)] {
        let root = directory.appendingPathComponent("blobs")
        var result: [(String, URL)] = []
        for prefix in (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let folder = root.appendingPathComponent(prefix)
            for name in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] {
                result.append((name, folder.appendingPathComponent(name)))
            }
        }
        return result
    }

    private func fileSize(_ url: URL) -> Int {
        ((try? fileManager.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    private func touch(_ url: URL) {
        try? fileManager.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
    }

    // MARK: Atomic writes

    /// Writes to a unique file in `tmp/`, fsyncs it and renames it over `url`.
    func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
        try move(try writeTemporary { file in try bytes.withUnsafeBytes(file.append) }, to: url)
    }

    /// A file in `tmp/` open for writing.
    private struct TemporaryFile {
        let url: URL
        let descriptor: Int32

        func append(_ piece: UnsafeRawBufferPointer) throws {
            var written = 0
            while written < piece.count {
                let n = write(descriptor, piece.baseAddress! + written, piece.count - written)
                guard n > 0 else { throw CacheError("cannot write \(url.path)") }
                written += n
            }
        }
    }

    /// A new file in `tmp/` holding everything `body` appends, flushed to disk; removed again if
    /// anything fails.
    private func writeTemporary(_ body: (TemporaryFile) throws -> Void) throws -> URL {
        let url = directory.appendingPathComponent("tmp").appendingPathComponent(UUID().uuidString)
        let descriptor = open(url.path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CacheError("cannot write \(url.path)") }
        defer { close(descriptor) }
        do {
            try body(TemporaryFile(url: url, descriptor: descriptor))
            guard fsync(descriptor) == 0 else { throw CacheError("cannot write \(url.path)") }
        } catch {
            unlink(url.path)
            throw error
        }
        return url
    }

    /// Renames a finished temporary file over `url` (atomic on one file system).
    private func move(_ temporary: URL, to url: URL) throws {
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw CacheError("cannot write \(url.path)")
        }
    }
}
