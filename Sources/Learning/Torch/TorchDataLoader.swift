import Compute

/// Where a `DataLoader` is in an epoch, passed to its `onBatch` hook.
public struct LoaderProgress: Equatable {
    /// 0-based index of the batch about to be yielded.
    public let index: Int
    /// Batches in the epoch.
    public let count: Int
    /// Samples in this batch (the last may be smaller).
    public let size: Int
}

/// `torch.utils.data.DataLoader(dataset, batchSize:, shuffle:)`: iterating it yields
/// `(images [B, C, H, W], labels [B])` batches covering the data set once (one epoch). Without
/// shuffling the order is the data set's (PyTorch's default); with `shuffle: true` every new
/// iteration draws a fresh permutation from `generator`. The last batch is smaller unless
/// `dropLast`. Batches come from the data set's `samples` (slices when in order, row gathers when
/// shuffled); nothing is done per sample.
public struct DataLoader: Sequence {
    public let dataset: TorchDataset
    public let targets: Tensor
    public let batchSize: Int
    public let shuffle: Bool
    public let dropLast: Bool
    private let generator: RandomGenerator?
    /// Called before each batch is yielded, e.g. for a progress bar. The library prints nothing.
    public var onBatch: ((LoaderProgress) -> Void)?

    /// Throws when the data set is empty, `batchSize` < 1, or `shuffle` is requested without a
    /// generator (randomness is always explicit).
    public init(_ dataset: TorchDataset, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false,
                generator: RandomGenerator? = nil, onBatch: ((LoaderProgress) -> Void)? = nil) throws {
        guard batchSize >= 1 else { throw TorchError("DataLoader", "expected batchSize ≥ 1, got \(batchSize)") }
        guard dataset.count > 0 else { throw TorchError("DataLoader", "expected a non-empty dataset, got 0 samples") }
        guard let last = try? dataset.samples((dataset.count - 1)..<dataset.count), last.rank >= 1, last.shape[0] == 1 else {
            throw TorchError("DataLoader", "expected data [N, …] with N = \(dataset.count) labels, got fewer samples")
        }
        guard !shuffle || generator != nil else {
            throw TorchError("DataLoader", "shuffle: true needs a generator (randomness is explicit), got none")
        }
        self.dataset = dataset
        targets = dataset.targets
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.generator = generator
        self.onBatch = onBatch
    }

    /// Samples in the data set.
    public var datasetCount: Int { targets.count }

    /// Batches per epoch (`len(loader)`).
    public var count: Int {
        dropLast ? datasetCount / batchSize : (datasetCount + batchSize - 1) / batchSize
    }

    public func makeIterator() -> Iterator {
        Iterator(loader: self, order: shuffle ? generator?.permutation(datasetCount) : nil)
    }

    /// One pass over the data set.
    public struct Iterator: IteratorProtocol {
        let loader: DataLoader
        let order: [Int]?
        var batch = 0

        public mutating func next() -> (Tensor, Tensor)? {
            guard batch < loader.count else { return nil }
            let start = batch * loader.batchSize
            let end = Swift.min(start + loader.batchSize, loader.datasetCount)
            loader.onBatch?(LoaderProgress(index: batch, count: loader.count, size: end - start))
            batch += 1
            // Ranges and indices are within bounds by construction, so these cannot throw.
            if let order {
                let indices = Array(order[start..<end])
                guard let images = try? loader.dataset.samples(at: indices), let labels = try? loader.targets.rows(indices) else { return nil }
                return (images, labels)
            }
            guard let images = try? loader.dataset.samples(start..<end), let labels = try? loader.targets.slice(start..<end) else { return nil }
            return (images, labels)
        }
    }
}
