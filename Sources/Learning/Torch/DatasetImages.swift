import Compute
import Datasets

/// The images of a PyTorch-style MNIST data set after its transform, [N, C, H, W], kept in whichever
/// exact form needs less memory:
///
/// - the transformed floats, computed once, when one transformed image takes no more bytes than
///   one raw image (the article's `Resize((8, 8))` turns each 784-byte digit into 256 bytes);
/// - otherwise the raw 0…255 bytes, with the transform applied to each batch when it is asked
///   for, as torchvision applies it to each sample: `ToTensor()` alone would hold 60,000 × 784
///   floats (188 MB) where the bytes take 47 MB.
///
/// Both forms give bit-identical images, because every transform works on each image on its own
/// (the resize filters one image plane at a time, the rest is element-wise). A whole split is
/// transformed `chunkSize` images at a time, so no float copy of the untransformed split exists.
///
/// ```swift
/// let images = try DatasetImages(split.images, transform: transforms.ToTensor())
/// images.imageShape                 // [1, 28, 28]
/// try images.batch(0..<512)         // [512, 1, 28, 28], values 0…1
/// ```
public final class DatasetImages {
    /// Number of images (N).
    public let count: Int
    /// Shape of one image after the transform, [C, H, W].
    public let imageShape: [Int]
    private let storage: Storage

    /// Images converted per batch when the transformed floats would outweigh the bytes.
    private enum Storage {
        case transformed(Tensor)
        case raw(MNISTImages, TorchTransform?)
    }

    /// Images transformed together when a whole split is converted: 1,024 digits are 3.2 MB of
    /// floats, small beside the split and large enough that the per-call overhead vanishes.
    static let chunkSize = 1024

    /// `images` (one channel) as `transform` makes them; without a transform, their pixel values
    /// 0…255 as floats. Throws what the transform throws.
    public init(_ images: MNISTImages, transform: TorchTransform?) throws {
        count = images.count
        let probe = try Self.convert(images, range: 0..<min(1, images.count), transform)
        imageShape = Array(probe.shape.dropFirst())
        let transformedBytes = imageShape.reduce(1, *) * MemoryLayout<Float>.size
        if transformedBytes <= images.pixelsPerImage {
            storage = .transformed(try Self.convertAll(images, transform, imageShape: imageShape))
        } else {
            storage = .raw(images, transform)
        }
    }

    private init(count: Int, imageShape: [Int], storage: Storage) {
        self.count = count
        self.imageShape = imageShape
        self.storage = storage
    }

    /// All images, [N] + `imageShape`. When the bytes are kept, this converts every image anew.
    public func all() throws -> Tensor {
        switch storage {
        case .transformed(let tensor): return tensor
        case .raw(let images, let transform): return try Self.convertAll(images, transform, imageShape: imageShape)
        }
    }

    /// Images `range` as one batch, [range.count] + `imageShape`.
    public func batch(_ range: Range<Int>) throws -> Tensor {
        try checkBounds(range)
        switch storage {
        case .transformed(let tensor): return try tensor.slice(range)
        case .raw(let images, let transform): return try Self.convert(images, range: range, transform)
        }
    }

    /// The images at `indices`, in that order, as one batch.
    public func batch(at indices: [Int]) throws -> Tensor {
        switch storage {
        case .transformed(let tensor): return try tensor.rows(indices)
        case .raw(let images, let transform):
            guard let picked = images.images(at: indices) else { throw outOfBounds(indices) }
            return try Self.convert(picked, range: 0..<picked.count, transform)
        }
    }

    /// Images `range` in the same form, for a data set's `prefix`.
    public func subset(_ range: Range<Int>) throws -> DatasetImages {
        try checkBounds(range)
        switch storage {
        case .transformed(let tensor):
            return DatasetImages(count: range.count, imageShape: imageShape, storage: .transformed(try tensor.slice(range)))
        case .raw(let images, let transform):
            guard let part = images.images(in: range) else { throw outOfBounds(Array(range)) }
            return DatasetImages(count: range.count, imageShape: imageShape, storage: .raw(part, transform))
        }
    }

    /// The images at `indices`, in that order and in the same form.
    public func subset(at indices: [Int]) throws -> DatasetImages {
        switch storage {
        case .transformed(let tensor):
            return DatasetImages(count: indices.count, imageShape: imageShape, storage: .transformed(try tensor.rows(indices)))
        case .raw(let images, let transform):
            guard let picked = images.images(at: indices) else { throw outOfBounds(indices) }
            return DatasetImages(count: indices.count, imageShape: imageShape, storage: .raw(picked, transform))
        }
    }

    private func checkBounds(_ range: Range<Int>) throws {
        guard range.lowerBound >= 0, range.upperBound <= count else { throw outOfBounds(Array(range)) }
    }

    private func outOfBounds(_ indices: [Int]) -> TorchError {
        let bad = indices.first { !(0..<count).contains($0) } ?? indices.first ?? 0
        return TorchError("DatasetImages", "index \(bad) is out of range 0..<\(count)")
    }

    /// Images `range` of `images` as pixel values [n, 1, rows, columns], through `transform`.
    private static func convert(_ images: MNISTImages, range: Range<Int>, _ transform: TorchTransform?) throws -> Tensor {
        let size = images.pixelsPerImage
        let pixels = images.pixels[(range.lowerBound * size)..<(range.upperBound * size)].map(Float.init)
        let batch = ImageBatch(pixels: try Tensor(shape: [range.count, 1, images.rows, images.columns], scalars: pixels),
                               isPixelImage: true)
        return try transform?(batch).pixels ?? batch.pixels
    }

    /// Every image through `transform`, `chunkSize` at a time, gathered into one tensor.
    private static func convertAll(_ images: MNISTImages, _ transform: TorchTransform?, imageShape: [Int]) throws -> Tensor {
        var scalars: [Float] = []
        scalars.reserveCapacity(images.count * imageShape.reduce(1, *))
        for start in stride(from: 0, to: images.count, by: chunkSize) {
            scalars += try convert(images, range: start..<min(start + chunkSize, images.count), transform).scalars
        }
        return try Tensor(shape: [images.count] + imageShape, scalars: scalars)
    }
}
