import Compute

/// Images on their way through a transform pipeline: a tensor [N, C, H, W] plus whether it still
/// holds raw 0…255 pixel values (what torchvision hands its transforms as PIL images, before
/// `ToTensor`) or float tensor values (after `ToTensor`).
public struct ImageBatch {
    /// [N, C, H, W].
    public var pixels: Tensor
    /// True before `ToTensor`: values are integral pixel intensities 0…255.
    public var isPixelImage: Bool

    public init(pixels: Tensor, isPixelImage: Bool) {
        self.pixels = pixels
        self.isPixelImage = isPixelImage
    }
}

/// A deterministic torchvision transform applied to a whole batch of images at once. Because no
/// transform here depends on randomness, `datasets.MNIST` applies the pipeline once to the whole
/// data set — the same numbers as applying it per sample, computed once.
public protocol TorchTransform {
    func callAsFunction(_ images: ImageBatch) throws -> ImageBatch
}

extension transforms {
    /// `transforms.Compose([...])`: applies the transforms in order.
    public struct Compose: TorchTransform {
        public let transforms: [TorchTransform]
        public init(_ transforms: [TorchTransform]) { self.transforms = transforms }

        public func callAsFunction(_ images: ImageBatch) throws -> ImageBatch {
            try transforms.reduce(images) { try $1($0) }
        }
    }

    /// `transforms.Resize((height, width))`: bilinear with antialiasing (torchvision's default
    /// for tensors with `antialias=True`, and what PIL's bilinear resize does). On pixel images
    /// (before `ToTensor`) the result is rounded and clamped to 0…255 integers, as PIL stores an
    /// 8-bit image; on tensors it stays float.
    public struct Resize: TorchTransform {
        public let height: Int
        public let width: Int

        public init(_ size: (Int, Int)) { (height, width) = size }
        /// A single size resizes square images to size×size (for MNIST the same as torchvision's
        /// "smaller edge" rule).
        public init(_ size: Int) { (height, width) = (size, size) }

        public func callAsFunction(_ images: ImageBatch) throws -> ImageBatch {
            guard height >= 1, width >= 1 else {
                throw TorchError("Resize((\(height), \(width)))", "expected a positive size")
            }
            var resized = try resizeBilinear(images.pixels, height: height, width: width)
            if images.isPixelImage {
                var values = resized.scalars
                for i in values.indices { values[i] = min(max(values[i].rounded(), 0), 255) }
                resized = try Tensor(shape: resized.shape, scalars: values)
            }
            return ImageBatch(pixels: resized, isPixelImage: images.isPixelImage)
        }
    }

    /// `transforms.ToTensor()`: pixel values 0…255 become floats in [0, 1] (divided by 255).
    public struct ToTensor: TorchTransform {
        public init() {}
        public func callAsFunction(_ images: ImageBatch) throws -> ImageBatch {
            guard images.isPixelImage else {
                throw TorchError("ToTensor()", "expected a pixel image (0…255), got an already converted tensor")
            }
            return ImageBatch(pixels: try images.pixels * (1 / Float(255)), isPixelImage: false)
        }
    }

    /// `transforms.Normalize(mean, std)`: (x − mean[c]) / std[c] per channel c, on tensors only
    /// (after `ToTensor`). One value applies to every channel.
    public struct Normalize: TorchTransform {
        public let mean: [Float]
        public let std: [Float]

        public init(_ mean: [Float], _ std: [Float]) { self.mean = mean; self.std = std }
        public init(mean: Float, std: Float) { self.init([mean], [std]) }
        /// One mean and deviation for every channel: `Normalize(0.1307, 0.3081)`.
        public init(_ mean: Float, _ std: Float) { self.init([mean], [std]) }

        public func callAsFunction(_ images: ImageBatch) throws -> ImageBatch {
            let name = "Normalize(\(mean), \(std))"
            guard !images.isPixelImage else { throw TorchError(name, "expected a tensor (apply ToTensor first), got a pixel image") }
            let x = images.pixels
            guard x.rank == 4 else { throw TorchError(name, "expected images [N, C, H, W], got \(shapeText(x.shape))") }
            let channels = x.shape[1]
            guard mean.count == std.count, mean.count == 1 || mean.count == channels else {
                throw TorchError(name, "expected \(channels) means and deviations (or 1), got \(mean.count) and \(std.count)")
            }
            guard !std.contains(0) else { throw TorchError(name, "std must not contain 0") }
            let plane = x.shape[2] * x.shape[3]
            var values = x.scalars
            for i in values.indices {
                let c = mean.count == 1 ? 0 : (i / plane) % channels
                values[i] = (values[i] - mean[c]) / std[c]
            }
            return ImageBatch(pixels: try Tensor(shape: x.shape, scalars: values), isPixelImage: false)
        }
    }
}
