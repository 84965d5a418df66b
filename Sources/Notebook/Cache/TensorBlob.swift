import Compute

/// A tensor's cache blob written piece by piece: the same bytes as `Tensor.serialized()` (magic
/// "CTN1", flags, rank, dimensions, then each element's little-endian bit pattern), so
/// `Tensor(serialized:)` reads it back, but never held whole in memory. The article's `xTrain`
/// is 188 MB; building its blob as one byte string doubled the memory the cell needed.
enum TensorBlob {
    /// Elements encoded per piece: 1 MiB of bytes.
    static let elementsPerPiece = 1 << 18

    /// Hands `tensor`'s blob to `emit` in pieces of at most 1 MiB (the header first). On a
    /// little-endian machine the pieces are the tensor's own storage, not copies.
    static func write(_ tensor: Tensor, to emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var header: [UInt8] = Array("CTN1".utf8) + [tensor.requiresGrad ? 1 : 0]
        append(UInt32(tensor.rank), to: &header)
        for dimension in tensor.shape { append(UInt64(dimension), to: &header) }
        try header.withUnsafeBytes(emit)
        let scalars = tensor.scalars
        for start in stride(from: 0, to: scalars.count, by: elementsPerPiece) {
            try scalars[start..<min(start + elementsPerPiece, scalars.count)].withUnsafeBufferPointer { elements in
                #if _endian(little)
                try emit(UnsafeRawBufferPointer(elements))
                #else
                var piece: [UInt8] = []
                for value in elements { append(value.bitPattern, to: &piece) }
                try piece.withUnsafeBytes(emit)
                #endif
            }
        }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
