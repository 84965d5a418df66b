import XCTest
import Compute
@testable import Learning

/// `reduction:` of the classification losses, checked against naive per-sample formulas and, for
/// the gradient, against finite differences.
final class TorchLossReductionTests: XCTestCase {
    private let logits = try! Tensor(shape: [3, 4], scalars: [0.5, -1, 2, 0.25, 1.5, 0.25, -0.75, 3, -2, 0.5, 1, 0])
    private let target = Tensor([2, 3, 0])

    /// −log softmax(row)[target] for each row, computed directly.
    private func naiveCrossEntropies() -> [Float] {
        (0..<3).map { row in
            let values = (0..<4).map { logits.scalars[row * 4 + $0] }
            let logSum = log(values.map { exp($0) }.reduce(0, +))
            return logSum - values[Int(target.scalars[row])]
        }
    }

    func testNoneSumAndMeanAgreeWithThePerSampleFormula() throws {
        let expected = naiveCrossEntropies()
        let none = try F.crossEntropy(logits, target, reduction: .none)
        XCTAssertEqual(none.shape, [3])
        for (value, reference) in zip(none.scalars, expected) { XCTAssertEqual(value, reference, accuracy: 1e-5) }
        XCTAssertEqual(try F.crossEntropy(logits, target, reduction: .sum).item(), expected.reduce(0, +), accuracy: 1e-5)
        XCTAssertEqual(try F.crossEntropy(logits, target).item(), expected.reduce(0, +) / 3, accuracy: 1e-5)
        let logProbabilities = try F.logSoftmax(logits, dim: 1)
        let nll = try nn.NLLLoss(reduction: .none)(logProbabilities, target)
        for (value, reference) in zip(nll.scalars, expected) { XCTAssertEqual(value, reference, accuracy: 1e-5) }
        XCTAssertEqual(try nn.CrossEntropyLoss(reduction: .sum)(logits, target).item(), expected.reduce(0, +), accuracy: 1e-5)
    }

    func testSummedLossGradientMatchesFiniteDifferences() throws {
        let input = try Tensor(shape: [3, 4], scalars: logits.scalars, requiresGrad: true)
        try F.crossEntropy(input, target, reduction: .sum).backward()
        let analytic = input.grad!.scalars
        let h: Float = 1e-2
        for index in 0..<12 {
            func loss(_ delta: Float) throws -> Float {
                var values = logits.scalars
                values[index] += delta
                return try noGrad { try F.crossEntropy(Tensor(shape: [3, 4], scalars: values), target, reduction: .sum).item() }
            }
            XCTAssertEqual(analytic[index], (try loss(h) - loss(-h)) / (2 * h), accuracy: 2e-3)
        }
    }
}
