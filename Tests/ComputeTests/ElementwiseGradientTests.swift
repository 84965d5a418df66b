import XCTest
@testable import Compute

final class ElementwiseGradientTests: XCTestCase {
    func testAddBroadcastsRowsAndColumnsWithGradients() throws {
        try assertGradientsMatch([randomTensor([2, 1, 3]), randomTensor([4, 1], seed: 2)]) { try $0[0] + $0[1] }
    }

    func testSubtractGradient() throws {
        try assertGradientsMatch([randomTensor([3, 4]), randomTensor([4], seed: 2)]) { try $0[0] - $0[1] }
    }

    func testMultiplyGradientWithBroadcast() throws {
        try assertGradientsMatch([randomTensor([2, 3]), randomTensor([2, 1], seed: 3)]) { try $0[0] * $0[1] }
    }

    func testDivideGradient() throws {
        try assertGradientsMatch([randomTensor([2, 3]), randomTensor([3], seed: 4, low: 1, high: 2)]) { try $0[0] / $0[1] }
    }

    func testScalarOperandsOnEitherSide() throws {
        let x = try Tensor(shape: [2], scalars: [1, 4])
        XCTAssertEqual(try (x + 1).scalars, [2, 5])
        XCTAssertEqual(try (10 - x).scalars, [9, 6])
        XCTAssertEqual(try (x * 2).scalars, [2, 8])
        XCTAssertEqual(try (8 / x).scalars, [8, 2])
        XCTAssertEqual((-x).scalars, [-1, -4])
        try assertGradientsMatch([randomTensor([3])]) { try 3 / ($0[0] * 2 + 4) }
    }

    func testUnaryFunctionGradients() throws {
        try assertGradientsMatch([randomTensor([5])]) { relu($0[0]) }
        try assertGradientsMatch([randomTensor([5])]) { sigmoid($0[0]) }
        try assertGradientsMatch([randomTensor([5])]) { tanh($0[0]) }
        try assertGradientsMatch([randomTensor([5])]) { exp($0[0]) }
        try assertGradientsMatch([randomTensor([5], low: 0.5, high: 2)]) { log($0[0]) }
        try assertGradientsMatch([randomTensor([5])]) { -$0[0] }
    }

    func testReluGradientIsZeroAtZero() throws {
        let x = try Tensor(shape: [3], scalars: [-1, 0, 2], requiresGrad: true)
        try relu(x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [0, 0, 1])
    }

    func testComparisonsGiveZeroOneTensors() throws {
        let prediction = try Tensor(shape: [4], scalars: [1, 2, 3, 4])
        let labels = try Tensor(shape: [4], scalars: [1, 0, 3, 0])
        XCTAssertEqual(try (prediction == labels).scalars, [1, 0, 1, 0])
        XCTAssertEqual(try (prediction == labels).mean().item(), 0.5)
        XCTAssertEqual(try (prediction > 2).scalars, [0, 0, 1, 1])
        XCTAssertEqual(try (prediction != labels).scalars, [0, 1, 0, 1])
    }

    func testIncompatibleShapesNameOperationAndShapes() throws {
        XCTAssertThrowsError(try randomTensor([2, 3]) + randomTensor([4])) { error in
            XCTAssertEqual("\(error)", "+: shapes cannot be broadcast together, shapes [2, 3] and [4]")
        }
    }
}
