import Compute
import Datasets

/// A data set of images [N, C, H, W] and class labels [N], from which a `DataLoader` cuts batches.
public protocol TorchDataset {
    /// All images, [N, C, H, W]. A data set that keeps raw bytes converts them on every read.
    var data: Tensor { get throws }
    /// [N] integral class indices.
    var targets: Tensor { get }
    /// Images `range` as one batch (by default a slice of `data`).
    func samples(_ range: Range<Int>) throws -> Tensor
    /// The images at `indices`, in that order, as one batch (by default rows of `data`).
    func samples(at indices: [Int]) throws -> Tensor
}

extension TorchDataset {
    /// Number of samples.
    public var count: Int { targets.count }

    public func samples(_ range: Range<Int>) throws -> Tensor { try data.slice(range) }

    public func samples(at indices: [Int]) throws -> Tensor { try data.rows(indices) }
}

extension datasets {
    /// `torchvision.datasets.MNIST(root, train:, transform:)`: the 60,000 training or 10,000 test
    /// digits read from `<root>/mnist/` (relative to the working directory, as PyTorch resolves
    /// it), as [N, 1, 28, 28] pixel images with labels [N]. The (deterministic) `transform` is
    /// applied once to the whole split when that makes the images smaller, else to each batch as
    /// it is read (see `DatasetImages`); with `ToTensor` in it, images are floats. A missing data
    /// set is an error naming where it looked. Nothing is downloaded.
    public struct MNIST: TorchDataset {
        /// The images, transformed or as bytes to transform per batch.
        public let images: DatasetImages
        public let targets: Tensor
        public let train: Bool
        /// Where the split was read from and the transform it was given, to read it again.
        public let root: String
        public let transform: TorchTransform?
        /// SHA-256 of the images and labels files read (provenance for the report).
        public let imagesSHA256: String
        public let labelsSHA256: String

        /// `download` is accepted so PyTorch code reads the same, but nothing is fetched: the files
        /// must already be under `<root>/mnist/`.
        public init(_ root: String = Datasets.MNIST.defaultRoot, train: Bool = true, download: Bool = false,
                    transform: TorchTransform? = nil) throws {
            let split = try MNISTSplit.load(root: root, train: train)
            images = try DatasetImages(split.images, transform: transform)
            targets = Tensor(split.labels.map(Float.init))
            self.train = train
            self.root = root
            self.transform = transform
            imagesSHA256 = split.imagesSHA256
            labelsSHA256 = split.labelsSHA256
        }

        /// `datasets.MNIST(root: "data", train: true, transform: …)`, PyTorch's keyword spelling.
        public init(root: String, train: Bool = true, download: Bool = false, transform: TorchTransform? = nil) throws {
            try self.init(root, train: train, download: download, transform: transform)
        }

        /// All images, [N, 1, 28, 28] or as the transform shapes them.
        public var data: Tensor { get throws { try images.all() } }

        public func samples(_ range: Range<Int>) throws -> Tensor { try images.batch(range) }

        public func samples(at indices: [Int]) throws -> Tensor { try images.batch(at: indices) }

        /// The first `count` samples (a quick subset for tests and drafts).
        public func prefix(_ count: Int) throws -> TensorSubset {
            let n = min(max(count, 0), self.count)
            return try TensorSubset(data: images.batch(0..<n), targets: targets.slice(0..<n))
        }
    }
}

/// Images and labels given directly as tensors (PyTorch's `TensorDataset`).
public struct TensorSubset: TorchDataset {
    public let data: Tensor
    public let targets: Tensor

    /// `data` [N, …] and `targets` [N] must agree in N.
    public init(data: Tensor, targets: Tensor) throws {
        guard data.rank >= 1, targets.rank == 1, data.shape[0] == targets.shape[0] else {
            throw TorchError("TensorSubset", "expected data [N, …] and targets [N], got \(shapeText(data.shape)) and \(shapeText(targets.shape))")
        }
        self.data = data
        self.targets = targets
    }
}
