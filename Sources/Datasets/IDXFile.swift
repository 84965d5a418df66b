import Crypto
import Foundation

/// One array stored in the IDX format that MNIST is distributed in.
///
/// Layout (all integers big-endian): a 4-byte magic number whose third byte is the element type
/// (0x08 = unsigned byte) and whose fourth is the number of dimensions, then one 32-bit size per
/// dimension, then the elements in row-major order.
struct IDXFile {
    /// Magic number of an unsigned-byte array with three dimensions (MNIST images).
    static let imagesMagic: UInt32 = 0x0000_0803
    /// Magic number of an unsigned-byte array with one dimension (MNIST labels).
    static let labelsMagic: UInt32 = 0x0000_0801

    /// Sizes of the dimensions, outermost first.
    let dimensions: [Int]
    /// The elements, row-major.
    let elements: [UInt8]
    /// SHA-256 of the whole decompressed file, header included, as lowercase hex.
    let sha256: String

    /// Reads the file at `path` (gzip or plain) and checks it against `magic`: the dimension count
    /// comes from the magic number, and the element count must match the remaining length exactly.
    init(path: String, magic: UInt32) throws {
        var bytes = try DecompressedFile.read(path)
        guard bytes.count >= 4 else {
            throw DatasetError.malformedHeader(path: path, reason: "file has \(bytes.count) bytes, too short for a magic number")
        }
        let found = IDXFile.bigEndianWord(bytes, at: 0)
        guard found == magic else { throw DatasetError.wrongMagic(path: path, expected: magic, found: found) }
        let rank = Int(magic & 0xff)
        let headerLength = 4 + 4 * rank
        guard bytes.count >= headerLength else {
            throw DatasetError.malformedHeader(path: path, reason: "file has \(bytes.count) bytes, the header needs \(headerLength)")
        }
        let dimensions = (0..<rank).map { Int(IDXFile.bigEndianWord(bytes, at: 4 + 4 * $0)) }
        var expected = 1
        for size in dimensions {
            let (product, overflow) = expected.multipliedReportingOverflow(by: size)
            guard !overflow else {
                throw DatasetError.malformedHeader(path: path, reason: "dimensions \(dimensions) are impossibly large")
            }
            expected = product
        }
        let actual = bytes.count - headerLength
        guard expected == actual else {
            throw DatasetError.lengthMismatch(path: path, expectedBytes: expected, actualBytes: actual)
        }
        self.dimensions = dimensions
        self.sha256 = SHA256.hash(data: bytes).map { IDXFile.hexDigits($0) }.joined()
        // In place: the training images are 47 MB, and a second copy would only be thrown away.
        bytes.removeFirst(headerLength)
        self.elements = bytes
    }

    private static func bigEndianWord(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }
}
