/// Little-endian byte writing and checked reading for the PyTorch-style serialised forms
/// (module state, state dicts, optimiser state, loss curves). Each form starts with a 4-byte magic.
struct TorchByteWriter {
    private(set) var bytes: [UInt8]

    init(magic: String) { bytes = Array(magic.utf8) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: Double) { append(value.bitPattern) }
    mutating func append(_ value: Float) { append(value.bitPattern) }

    mutating func append(string: String) {
        let utf8 = Array(string.utf8)
        append(UInt32(utf8.count))
        bytes += utf8
    }

    mutating func append(contentsOf other: [UInt8]) { bytes += other }
}

/// Sequential reads that throw a `TorchError` instead of reading past the end.
struct TorchByteReader {
    private let bytes: [UInt8]
    private let what: String
    private var offset: Int

    init(_ bytes: [UInt8], magic: String, what: String) throws {
        self.bytes = bytes
        self.what = what
        let expected = Array(magic.utf8)
        guard bytes.count >= expected.count, Array(bytes[..<expected.count]) == expected else {
            throw TorchError("deserialize", "not a serialized \(what)")
        }
        offset = expected.count
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, bytes.count - offset >= n else { throw TorchError("deserialize", "truncated \(what)") }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    mutating func readByte() throws -> UInt8 { try take(1).first ?? 0 }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        var value: T = 0
        for (i, byte) in try take(MemoryLayout<T>.size).enumerated() { value |= T(byte) << (8 * i) }
        return value
    }

    mutating func readDouble() throws -> Double { Double(bitPattern: try read(UInt64.self)) }
    mutating func readFloat() throws -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readString() throws -> String {
        let length = Int(try read(UInt32.self))
        return String(decoding: try take(length), as: UTF8.self)
    }

    /// Everything not read yet (consumes it).
    mutating func rest() -> [UInt8] {
        defer { offset = bytes.count }
        return Array(bytes[offset...])
    }

    func expectEnd() throws {
        guard isAtEnd else { throw TorchError("deserialize", "trailing bytes after \(what)") }
    }
}
