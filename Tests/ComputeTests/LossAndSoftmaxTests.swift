import XCTest
import Foundation
@testable import Compute

final class LossAndSoftmaxTests: XCTestCase {
    func testSoftmaxRowsSumToOneAndGradientsMatch() throws {
        let y = try softmax(randomTensor([3, 4]), dim: 1)
        for row in 0..<3 { XCTAssertEqual(y.scalars[(row * 4)..<(row * 4 + 4)].reduce(0, +), 1, accuracy: 1e-6) }
        try assertGradientsMatch([randomTensor([3, 4])]) { try softmax($0[0], dim: 1) }
        try assertGradientsMatch([randomTensor([3, 4])]) { try softmax($0[0], dim: 0) }
        try assertGradientsMatch([randomTensor([2, 3, 2])]) { try logSoftmax($0[0], dim: 1) }
    }

    func testLogSoftmaxIsStableForLargeLogits() throws {
        let y = try logSoftmax(Tensor(shape: [1, 2], scalars: [1000, 0]), dim: 1)
        XCTAssertEqual(y.scalars[0], 0, accuracy: 1e-6)
        XCTAssertEqual(y.scalars[1], -1000, accuracy: 1e-3)
    }

    func testCrossEntropyIsLogSoftmaxThenMeanNLL() throws {
        let logits = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 0, 0, 0])
        let labels = try Tensor(shape: [2], scalars: [2, 0])
        let e: (Double) -> Double = Foundation.exp
        let expected = (-(3 - Foundation.log(e(1) + e(2) + e(3))) + Foundation.log(3.0)) / 2
        XCTAssertEqual(try crossEntropy(logits, labels: labels).item(), Float(expected), accuracy: 1e-6)
        try assertGradientsMatch([randomTensor([4, 5])]) { try crossEntropy($0[0], labels: Tensor(shape: [4], scalars: [0, 4, 2, 2])) }
        try assertGradientsMatch([randomTensor([4, 5])]) { try nllLoss($0[0], labels: Tensor(shape: [4], scalars: [1, 3, 0, 2])) }
    }

    func testBadLabelsAreErrorsNotCrashes() throws {
        XCTAssertThrowsError(try crossEntropy(randomTensor([2, 3]), labels: Tensor(shape: [2], scalars: [0, 3])))
        XCTAssertThrowsError(try crossEntropy(randomTensor([2, 3]), labels: Tensor(shape: [2], scalars: [0.5, 1])))
        XCTAssertThrowsError(try crossEntropy(randomTensor([2, 3]), labels: Tensor(shape: [3], scalars: [0, 1, 1])))
        XCTAssertThrowsError(try oneHot(Tensor(shape: [1], scalars: [-1]), classes: 3))
    }

    func testOneHotRows() throws {
        let encoded = try oneHot(Tensor(shape: [3], scalars: [2, 0, 1]), classes: 3)
        XCTAssertEqual(encoded.shape, [3, 3])
        XCTAssertEqual(encoded.scalars, [0, 0, 1, 1, 0, 0, 0, 1, 0])
    }

    func testCategoricalCrossentropyRenormalisesAndClipsLikeKeras() throws {
        // Row 0 sums to 2, so it is halved first; row 1 has an exact 0 that is clipped to 1e-7.
        let probabilities = try Tensor(shape: [2, 2], scalars: [1.2, 0.8, 0, 1])
        let targets = try Tensor(shape: [2, 2], scalars: [1, 0, 1, 0])
        let expected = (-Foundation.log(Float(0.6)) - Foundation.log(Float(1e-7))) / 2
        XCTAssertEqual(try categoricalCrossentropy(probabilities, targets).item(), expected, accuracy: 1e-4)
        let unclipped = try softmax(randomTensor([3, 4]), dim: 1).detached()
        let soft = try softmax(randomTensor([3, 4], seed: 5), dim: 1).detached()
        try assertGradientsMatch([unclipped], step: 1e-3) { try categoricalCrossentropy($0[0], soft) }
    }

    func testCategoricalCrossentropyOfSoftmaxMatchesCrossEntropyOfLogits() throws {
        let logits = try randomTensor([4, 10], seed: 3)
        let labels = try Tensor(shape: [4], scalars: [3, 1, 9, 0])
        let keras = try categoricalCrossentropy(softmax(logits, dim: 1), oneHot(labels, classes: 10)).item()
        XCTAssertEqual(keras, try crossEntropy(logits, labels: labels).item(), accuracy: 1e-5)
    }
}
