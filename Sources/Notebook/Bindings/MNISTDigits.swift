import Compute
import Datasets
import Learning

/// One MNIST split (or a part of one) as cells see it from `MNIST.load()`: `images`, a tensor
/// [N, 28, 28] of pixel values 0…255, and `labels`, a tensor [N] of class indices 0…9. It behaves
/// like a collection: `count`, `prefix(n)`, `select(indices)`, `split[i]` (one image and its label)
/// and `split[a..<b]`.
final class MNISTDigits {
    let images: Tensor
    let labels: Tensor
    /// Whether this comes from the training split (for messages).
    let isTraining: Bool

    init(images: Tensor, labels: Tensor, isTraining: Bool) {
        self.images = images
        self.labels = labels
        self.isTraining = isTraining
    }

    /// A whole split as read by the PyTorch-style reader (whose pixel conversion runs in the
    /// optimised Learning module): [N, 1, 28, 28] becomes [N, 28, 28].
    convenience init(_ set: Learning.datasets.MNIST) throws {
        let shape = set.data.shape
        self.init(images: try set.data.reshaped([shape[0]] + Array(shape.dropFirst(2))), labels: set.targets,
                  isTraining: set.train)
    }

    var count: Int { labels.count }

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
        return MNISTDigits(images: try images.slice(range), labels: try labels.slice(range), isTraining: isTraining)
    }

    /// The examples at `indices`, in that order.
    func select(_ indices: [Int]) throws -> MNISTDigits {
        if let bad = indices.first(where: { !(0..<count).contains($0) }) {
            throw DigitsError("index \(bad) is out of bounds for \(count) examples")
        }
        guard !indices.isEmpty else {
            return MNISTDigits(images: try Tensor.zeros([0] + Array(images.shape.dropFirst())), labels: try Tensor.zeros([0]),
                               isTraining: isTraining)
        }
        return MNISTDigits(images: try images.rows(indices), labels: try labels.rows(indices), isTraining: isTraining)
    }

    /// Image `index` [28, 28] and its label.
    func example(_ index: Int) throws -> (image: Tensor, label: Int) {
        guard (0..<count).contains(index) else { throw DigitsError("index \(index) is out of bounds for \(count) examples") }
        let image = try images.slice(index..<(index + 1)).reshaped(Array(images.shape.dropFirst()))
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

extension MNISTDigits: CustomStringConvertible {
    var description: String {
        "MNIST \(isTraining ? "training" : "test") digits: \(count) images \(images.shape), labels \(labels.shape)"
    }
}

/// A problem with a request on an MNIST split (an index out of range…).
struct DigitsError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
