import Compute

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

    /// A tensor list: count (UInt32), then per tensor the requiresGrad byte, rank (UInt32), each
    /// dimension (UInt64) and the elements' bit patterns (UInt32). Written here rather than with
    /// Compute's `Tensor.serialize` because Compute's reader currently traps on valid input
    /// (it indexes an `ArraySlice` from 0), see the report.
    mutating func append(tensors: [Tensor]) {
        append(UInt32(tensors.count))
        for tensor in tensors {
            append(UInt8(tensor.requiresGrad ? 1 : 0))
            append(UInt32(tensor.rank))
            for dimension in tensor.shape { append(UInt64(dimension)) }
            bytes.reserveCapacity(bytes.count + 4 * tensor.count)
            for value in tensor.scalars { append(value.bitPattern) }
        }
    }
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

    mutating func readByte() throws -> UInt8 { try take(1).first! }

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

    /// A tensor list written by `TorchByteWriter.append(tensors:)`.
    mutating func readTensors() throws -> [Tensor] {
        let count = Int(try read(UInt32.self))
        var tensors: [Tensor] = []
        for _ in 0..<count {
            let requiresGrad = try readByte() == 1
            let rank = Int(try read(UInt32.self))
            guard rank <= 16 else { throw TorchError("deserialize", "implausible tensor rank \(rank) in \(what)") }
            var shape: [Int] = []
            var elements = 1
            for _ in 0..<rank {
                let dimension = try read(UInt64.self)
                guard dimension <= UInt64(bytes.count) else { throw TorchError("deserialize", "truncated \(what)") }
                shape.append(Int(dimension))
                elements *= Int(dimension)
            }
            guard bytes.count - offset >= 4 * elements else { throw TorchError("deserialize", "truncated \(what)") }
            var values = [Float](repeating: 0, count: elements)
            for i in 0..<elements { values[i] = Float(bitPattern: try read(UInt32.self)) }
            tensors.append(try Tensor(shape: shape, scalars: values, requiresGrad: requiresGrad))
        }
        return tensors
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
