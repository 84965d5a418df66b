/// A stack of grey images stored as one flat byte array: shape [count, rows, columns], row-major,
/// one byte per pixel (0…255). Kept as bytes so the loader stays independent of the tensor type;
/// converting to floats and normalising is a transform's job.
public struct MNISTImages: Equatable {
    /// All pixels, image after image, each image row after row.
    public let pixels: [UInt8]
    /// Number of images (N).
    public let count: Int
    /// Height of each image in pixels (28 for MNIST).
    public let rows: Int
    /// Width of each image in pixels (28 for MNIST).
    public let columns: Int

    /// Pixels per image (`rows * columns`).
    public var pixelsPerImage: Int { rows * columns }

    /// The shape as [N, rows, columns].
    public var shape: [Int] { [count, rows, columns] }

    /// The pixels of image `index` (row-major, `pixelsPerImage` bytes), or nil when out of range.
    public func image(_ index: Int) -> ArraySlice<UInt8>? {
        guard index >= 0, index < count else { return nil }
        let start = index * pixelsPerImage
        return pixels[start..<start + pixelsPerImage]
    }

    /// Images `range` as a stack of their own, or nil when the range is out of bounds.
    public func images(in range: Range<Int>) -> MNISTImages? {
        guard range.lowerBound >= 0, range.upperBound <= count else { return nil }
        let bytes = Array(pixels[(range.lowerBound * pixelsPerImage)..<(range.upperBound * pixelsPerImage)])
        return MNISTImages(pixels: bytes, count: range.count, rows: rows, columns: columns)
    }

    /// The images at `indices`, in that order, as a stack of their own, or nil when an index is
    /// out of range.
    public func images(at indices: [Int]) -> MNISTImages? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(indices.count * pixelsPerImage)
        for index in indices {
            guard let image = image(index) else { return nil }
            bytes += image
        }
        return MNISTImages(pixels: bytes, count: indices.count, rows: rows, columns: columns)
    }
}
