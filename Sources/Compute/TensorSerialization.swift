/// A compact binary form of tensors that round-trips bit for bit (NaN payloads and −0 included),
/// for the cell cache. Layout, all little-endian: magic "CTN1", flags byte (bit 0: requiresGrad),
/// rank (UInt32), each dimension (UInt64), then every element's IEEE-754 bit pattern (UInt32).
/// Gradients and graph history are not stored. A list is its count (UInt32) then each tensor.
extension Tensor {
    private static let magic: [UInt8] = Array("CTN1".utf8)

    /// Elements per piece of `serialize(inPieces:)`: 1 MiB of bytes.
    public static let serializedElementsPerPiece = 1 << 18

    /// This tensor's elements, shape and `requiresGrad` in the binary form above.
    public func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(9 + 8 * rank + 4 * count)
        appendTo(&bytes)
        return bytes
    }

    /// The bytes of `serialized()` handed to `emit` in pieces (the header, then at most
    /// `serializedElementsPerPiece` elements each), so that a large tensor can be written or
    /// hashed without its whole binary form in memory: the article's training images are 188 MB.
    /// On a little-endian machine the element pieces are the tensor's own storage, not copies.
    public func serialize(inPieces emit: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        var header = Tensor.magic + [requiresGrad ? 1 : 0]
        appendLittleEndian(UInt32(rank), to: &header)
        for dimension in shape { appendLittleEndian(UInt64(dimension), to: &header) }
        try header.withUnsafeBytes(emit)
        try storage.withUnsafeBufferPointer { elements in
            for start in stride(from: 0, to: elements.count, by: Tensor.serializedElementsPerPiece) {
                let piece = UnsafeBufferPointer(rebasing: elements[start..<Swift.min(start + Tensor.serializedElementsPerPiece, elements.count)])
                #if _endian(little)
                try emit(UnsafeRawBufferPointer(piece))
                #else
                var bytes: [UInt8] = []
                for value in piece { appendLittleEndian(value.bitPattern, to: &bytes) }
                try bytes.withUnsafeBytes(emit)
                #endif
            }
        }
    }

    private func appendTo(_ bytes: inout [UInt8]) {
        serialize { bytes.append(contentsOf: $0) }
    }

    /// Decodes `serialized()` output; throws on truncated, oversized or foreign data.
    public convenience init(serialized bytes: [UInt8]) throws {
        var reader = ByteReader(bytes: bytes)
        let (shape, values, requiresGrad) = try Tensor.read(&reader)
        guard reader.offset == bytes.count else { throw TensorError("Tensor(serialized:)", "trailing bytes") }
        self.init(unchecked: shape, values, requiresGrad: requiresGrad)
    }

    /// Several tensors (e.g. a model's parameters or an optimiser's state) as one byte string.
    public static func serialize(_ tensors: [Tensor]) -> [UInt8] {
        var bytes: [UInt8] = []
        appendLittleEndian(UInt32(tensors.count), to: &bytes)
        for tensor in tensors { tensor.appendTo(&bytes) }
        return bytes
    }

    /// Decodes `serialize(_:)` output.
    public static func deserializeList(_ bytes: [UInt8]) throws -> [Tensor] {
        var reader = ByteReader(bytes: bytes)
        let count = Int(try reader.read(UInt32.self))
        var tensors: [Tensor] = []
        for _ in 0..<count {
            let (shape, values, requiresGrad) = try read(&reader)
            tensors.append(Tensor(unchecked: shape, values, requiresGrad: requiresGrad))
        }
        guard reader.offset == bytes.count else { throw TensorError("Tensor.deserializeList", "trailing bytes") }
        return tensors
    }

    private static func read(_ reader: inout ByteReader) throws -> ([Int], [Float], Bool) {
        guard Array(try reader.readBytes(4)) == magic else { throw TensorError("Tensor(serialized:)", "not a serialized tensor") }
        let flags = try reader.readBytes(1).first ?? 0
        let rank = Int(try reader.read(UInt32.self))
        guard rank <= 64 else { throw TensorError("Tensor(serialized:)", "rank \(rank) is implausible") }
        var shape: [Int] = []
        for _ in 0..<rank {
            let dimension = try reader.read(UInt64.self)
            guard dimension <= UInt64(maximumElementCount) else { throw TensorError("Tensor(serialized:)", "dimension too large") }
            shape.append(Int(dimension))
        }
        let count = try checkedElementCount(shape, operation: "Tensor(serialized:)")
        guard reader.remaining >= 4 * count else { throw TensorError("Tensor(serialized:)", "truncated data", shapes: [shape]) }
        var values = [Float](repeating: 0, count: count)
        for i in 0..<count { values[i] = Float(bitPattern: try reader.read(UInt32.self)) }
        return (shape, values, flags & 1 == 1)
    }
}

private func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
}

/// Sequential little-endian reads that throw instead of reading past the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    var remaining: Int { bytes.count - offset }

    mutating func readBytes(_ n: Int) throws -> ArraySlice<UInt8> {
        guard remaining >= n else { throw TensorError("Tensor(serialized:)", "truncated data") }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw TensorError("Tensor(serialized:)", "truncated data") }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[offset + i]) << (8 * i) }
        offset += size
        return value
    }
}
