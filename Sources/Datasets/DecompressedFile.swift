import CZlib
import Foundation

/// Reads a whole file into memory, decompressing it when it is gzip.
///
/// zlib's `gzread` passes files that are not gzip through unchanged, so one code path serves
/// both `train-images-idx3-ubyte.gz` and a plain `train-images-idx3-ubyte`.
enum DecompressedFile {
    /// Size of zlib's internal input buffer: large enough that decompression, not the number of
    /// read calls, sets the speed.
    private static let zlibBufferSize: UInt32 = 1 << 17

    /// Largest request handed to one `gzread` call (its length and result are 32-bit).
    private static let maximumReadLength = 1 << 30

    /// The decompressed bytes of the file at `path`.
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else {
            throw DatasetError.unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        gzbuffer(file, zlibBufferSize)
        var bytes = [UInt8](repeating: 0, count: initialCapacity(path))
        var filled = 0
        while true {
            if filled == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let request = min(bytes.count - filled, maximumReadLength)
            let got = bytes.withUnsafeMutableBytes { buffer in
                gzread(file, buffer.baseAddress! + filled, UInt32(request))
            }
            if got < 0 {
                let reason = zlibErrorMessage(file)
                gzclose(file)
                throw DatasetError.corruptCompression(path: path, reason: reason)
            }
            if got == 0 { break }
            filled += Int(got)
        }
        let closing = gzclose(file)
        if closing == Z_BUF_ERROR { throw DatasetError.truncatedCompression(path: path) }
        if closing != Z_OK {
            throw DatasetError.corruptCompression(path: path, reason: "zlib status \(closing) on close")
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// A first guess at the decompressed size, so large files are not regrown many times:
    /// gzip stores the uncompressed length modulo 2³² in its last four bytes.
    private static func initialCapacity(_ path: String) -> Int {
        let minimum = 1 << 16
        guard let handle = FileHandle(forReadingAtPath: path) else { return minimum }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end >= 4 else { return minimum }
        let magic = (try? handle.seek(toOffset: 0)).flatMap { _ in try? handle.read(upToCount: 2) }
        guard magic == Data([0x1f, 0x8b]) else { return max(minimum, Int(end)) }
        guard (try? handle.seek(toOffset: end - 4)) != nil,
              let trailer = try? handle.read(upToCount: 4), trailer.count == 4 else { return minimum }
        let stored = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
        // Deflate expands at most about 1032-fold, so a damaged trailer cannot demand more.
        // One byte more than the hint, so the final read that returns 0 needs no regrowth.
        return max(minimum, min(stored, Int(end) * 1032) + 1)
    }

    private static func zlibErrorMessage(_ file: gzFile) -> String {
        var code: Int32 = 0
        guard let message = gzerror(file, &code) else { return "zlib error \(code)" }
        return String(cString: message)
    }
}
