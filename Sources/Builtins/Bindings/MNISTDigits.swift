import Compute
import Datasets
import Learning

/// One MNIST split (or a part of one) as cells see it from `MNIST.load()`: `images`, a tensor
/// [N, 28, 28] of pixel values 0…255, and `labels`, a tensor [N] of class indices 0…9. It behaves
/// like a collection: `count`, `prefix(n)`, `select(indices)`, `split[i]` (one image and its label)
/// and `split[a..<b]`.
///
/// The pixels stay bytes (47 MB for the training split, where floats would take 188 MB, a copy
/// that lives as long as the notebook's `train`); `images` converts them on each read, so a cell's
/// `train.images.reshaped(…) / 255` holds the float copy only while it computes.
final class MNISTDigits {
    /// The pixel images [N, 1, 28, 28], kept as bytes.
    let pixels: DatasetImages
    let labels: Tensor
    /// Whether this comes from the training split (for messages).
    var isTraining: Bool { origin.train }
    /// The split's files and which of its examples these are: what the cache stores to read them again.
    let origin: DigitsOrigin

    init(pixels: DatasetImages, labels: Tensor, origin: DigitsOrigin) {
        self.pixels = pixels
        self.labels = labels
        self.origin = origin
    }

    /// A whole split as read by the PyTorch-style reader without a transform (whose pixel
    /// conversion runs in the optimised Learning module).
    convenience init(_ set: Learning.datasets.MNIST) {
        self.init(pixels: set.images, labels: set.targets, origin: DigitsOrigin(root: set.root, train: set.train, indices: nil))
    }

    var count: Int { labels.count }

    /// The images as a new tensor [N, 28, 28] of pixel values 0…255.
    var images: Tensor {
        get throws { try pixels.all().reshaped(imagesShape) }
    }

    /// [N, 28, 28]: the images without their single channel.
    private var imagesShape: [Int] { [count] + Array(pixels.imageShape.dropFirst()) }

    /// The first `n` examples (all of them when `n` ≥ `count`).
    func prefix(_ n: Int) throws -> MNISTDigits {
        guard n >= 0 else { throw DigitsError("prefix needs a count ≥ 0, got \(n)") }
        return try range(0..<min(n, count))
    }

    /// Examples `range` (bounds checked).
    func range(_ range: Range<Int>) throws -> MNISTDigits {
        guard range.lowerBound >= 0, range.upperBound <= count else {
            throw DigitsError("range \(range.lowerBound)..<\(range.upperBound) is out of bounds for \(count) examples")
        }
        return MNISTDigits(pixels: try pixels.subset(range), labels: try labels.slice(range),
                           origin: origin.selecting(Array(range)))
    }

    /// The examples at `indices`, in that order.
    func select(_ indices: [Int]) throws -> MNISTDigits {
        if let bad = indices.first(where: { !(0..<count).contains($0) }) {
            throw DigitsError("index \(bad) is out of bounds for \(count) examples")
        }
        let labels = indices.isEmpty ? try Tensor.zeros([0]) : try self.labels.rows(indices)
        return MNISTDigits(pixels: try pixels.subset(at: indices), labels: labels, origin: origin.selecting(indices))
    }

    /// Image `index` [28, 28] and its label.
    func example(_ index: Int) throws -> (image: Tensor, label: Int) {
        guard (0..<count).contains(index) else { throw DigitsError("index \(index) is out of bounds for \(count) examples") }
        let image = try pixels.batch(index..<(index + 1)).reshaped(Array(pixels.imageShape.dropFirst()))
        return (image, Int(labels.scalars[index]))
    }

    /// How many examples each digit has: element d counts the digit d.
    func classCounts() -> [Int] {
        var counts = Array(repeating: 0, count: MNIST.classCount)
        for label in labels.scalars {
            let digit = Int(label)
            if counts.indices.contains(digit) { counts[digit] += 1 }
        }
        return counts
    }

    /// Class labels as Ints.
    var labelIndices: [Int] { labels.scalars.map { Int($0) } }
}

/// A loader over digits serves batches [B, 28, 28] converted from the bytes batch by batch.
extension MNISTDigits: TorchDataset {
    var data: Tensor { get throws { try images } }
    var targets: Tensor { labels }

    func samples(_ range: Range<Int>) throws -> Tensor {
        try pixels.batch(range).reshaped([range.count] + Array(pixels.imageShape.dropFirst()))
    }

    func samples(at indices: [Int]) throws -> Tensor {
        try pixels.batch(at: indices).reshaped([indices.count] + Array(pixels.imageShape.dropFirst()))
    }
}

extension MNISTDigits: CustomStringConvertible {
    var description: String {
        "MNIST \(isTraining ? "training" : "test") digits: \(count) images \(imagesShape), labels \(labels.shape)"
    }
}

/// Where MNIST digits come from: the data root, the split, and which of its examples (nil: all of
/// them, in order).
struct DigitsOrigin: Codable {
    let root: String
    let train: Bool
    let indices: [Int]?

    /// The origin of the examples at `positions` of these digits.
    func selecting(_ positions: [Int]) -> DigitsOrigin {
        DigitsOrigin(root: root, train: train, indices: indices.map { all in positions.map { all[$0] } } ?? positions)
    }

    /// The digits, read again from the split's files.
    func read() throws -> MNISTDigits {
        let split = MNISTDigits(try Learning.datasets.MNIST(root, train: train))
        return try indices.map { try split.select($0) } ?? split
    }
}

/// A problem with a request on an MNIST split (an index out of range…).
struct DigitsError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
