import Compute

/// Little-endian building blocks of Learning's binary forms (Keras-style models and histories,
/// PyTorch-style module and optimiser states, state dicts, loss curves): fixed-width integers,
/// floats as bit patterns, strings and blocks as an Int64 length and their bytes.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// A form that starts with the ASCII bytes of `magic`.
    init(magic: String) { bytes = Array(magic.utf8) }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(Int64(value)) }
    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }
    mutating func write(_ value: Float) { write(value.bitPattern) }
    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(utf8.count)
        bytes += utf8
    }

    mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(_ values: [Double]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(optional values: [Int]?) {
        write(values != nil)
        if let values { write(values) }
    }

    mutating func write(block: [UInt8]) {
        write(block.count)
        bytes += block
    }

    /// Bytes with no length, to end the form (a reader takes them with `readRest()`).
    mutating func write(rest: [UInt8]) {
        bytes += rest
    }
}

/// Reads what `BinaryWriter` wrote; every read throws instead of running past the end.
struct BinaryReader {
    let bytes: [UInt8]
    let context: String
    private(set) var offset = 0

    init(_ bytes: [UInt8], context: String) {
        self.bytes = bytes
        self.context = context
    }

    /// A reader of a form that must start with `magic`.
    init(_ bytes: [UInt8], magic: String, context: String) throws {
        self.init(bytes, context: context)
        try expectMagic(magic)
    }

    var isAtEnd: Bool { offset == bytes.count }

    private func truncated() -> SerializationError { SerializationError("the serialized \(context) is truncated or corrupt") }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { throw truncated() }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[offset + i]) << (8 * i) }
        offset += size
        return value
    }

    mutating func readInt() throws -> Int { Int(try read(Int64.self)) }
    mutating func readBool() throws -> Bool { try read(UInt8.self) != 0 }
    mutating func readFloat() throws -> Float { Float(bitPattern: try read(UInt32.self)) }
    mutating func readDouble() throws -> Double { Double(bitPattern: try read(UInt64.self)) }

    /// A length, checked to be plausible for the bytes that remain (`elementSize` bytes each).
    mutating func readCount(elementSize: Int) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (bytes.count - offset) / max(elementSize, 1) else { throw truncated() }
        return count
    }

    mutating func readBlock() throws -> [UInt8] {
        let count = try readCount(elementSize: 1)
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func readString() throws -> String {
        guard let text = String(validating: try readBlock(), as: UTF8.self) else { throw truncated() }
        return text
    }

    mutating func readInts() throws -> [Int] {
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in try readInt() }
    }

    mutating func readDoubles() throws -> [Double] {
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in try readDouble() }
    }

    mutating func readOptionalInts() throws -> [Int]? {
        try readBool() ? try readInts() : nil
    }

    /// Everything not read yet (what `write(rest:)` wrote).
    mutating func readRest() -> [UInt8] {
        defer { offset = bytes.count }
        return Array(bytes[offset...])
    }

    mutating func expectMagic(_ magic: String) throws {
        let expected = Array(magic.utf8)
        guard bytes.count - offset >= expected.count, Array(bytes[offset..<(offset + expected.count)]) == expected else {
            throw SerializationError("the data is not a serialized \(context)")
        }
        offset += expected.count
    }

    func expectEnd() throws {
        guard isAtEnd else { throw SerializationError("trailing bytes after the serialized \(context)") }
    }
}

/// Bytes that are not the serialized form they should be.
public struct SerializationError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}

extension BinaryWriter {
    /// Writes the ASCII bytes of `magic` with no length prefix.
    mutating func write(magic: String) {
        for byte in magic.utf8 { write(byte) }
    }
}
