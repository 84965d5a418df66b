import XCTest
@testable import Compute

final class RandomAndInitializerTests: XCTestCase {
    func testSameSeedGivesSameSequenceAndDifferentSeedsDiffer() {
        let a = RandomGenerator(seed: 42), b = RandomGenerator(seed: 42), c = RandomGenerator(seed: 43)
        let first = (0..<100).map { _ in a.nextUInt32() }
        XCTAssertEqual(first, (0..<100).map { _ in b.nextUInt32() })
        XCTAssertNotEqual(first, (0..<100).map { _ in c.nextUInt32() })
    }

    func testGeneratorResumesFromSavedState() {
        let generator = RandomGenerator(seed: 9)
        _ = generator.nextFloat()
        let copy = RandomGenerator(state: generator.state, increment: generator.increment)
        XCTAssertEqual((0..<10).map { _ in generator.nextUInt32() }, (0..<10).map { _ in copy.nextUInt32() })
    }

    func testUniformDrawsStayInRangeWithPlausibleMean() {
        let generator = RandomGenerator(seed: 1)
        let draws = (0..<20_000).map { _ in generator.nextFloat() }
        XCTAssertTrue(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        XCTAssertEqual(draws.reduce(0, +) / 20_000, 0.5, accuracy: 0.01)
        let normals = (0..<20_000).map { _ in generator.normal() }
        let mean = normals.reduce(0, +) / 20_000
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 20_000
        XCTAssertEqual(mean, 0, accuracy: 0.03)
        XCTAssertEqual(variance, 1, accuracy: 0.05)
    }

    func testPermutationContainsEveryIndexOnce() {
        let generator = RandomGenerator(seed: 3)
        let permutation = generator.permutation(1000)
        XCTAssertEqual(permutation.sorted(), Array(0..<1000))
        XCTAssertNotEqual(permutation, Array(0..<1000))
        XCTAssertEqual(generator.permutation(0), [])
        XCTAssertEqual(generator.nextInt(below: 0), 0)
    }

    func testInitializerBoundsFollowKerasAndPyTorch() throws {
        let generator = RandomGenerator(seed: 0)
        let glorot = try Initializer.glorotUniform.makeTensor([3, 3, 1, 32], fanIn: 9, fanOut: 288, using: generator)
        let glorotLimit = (6 / Float(9 + 288)).squareRoot()
        XCTAssertTrue(glorot.scalars.allSatisfy { abs($0) <= glorotLimit })
        XCTAssertGreaterThan(glorot.scalars.map(abs).max()!, 0.9 * glorotLimit)

        let kaiming = try Tensor.parameter([64, 32, 3, 3], initializer: .pytorchDefault, fanIn: 288, fanOut: 576, using: generator)
        XCTAssertTrue(kaiming.requiresGrad)
        let bound = 1 / Float(288).squareRoot()
        XCTAssertTrue(kaiming.scalars.allSatisfy { abs($0) <= bound })
        XCTAssertGreaterThan(kaiming.scalars.map(abs).max()!, 0.99 * bound)

        XCTAssertEqual(Initializer.kaimingUniform(a: 0).bound(fanIn: 6, fanOut: 1)!, 1, accuracy: 1e-6)
        XCTAssertEqual(try Initializer.zeros.makeTensor([4], fanIn: 1, fanOut: 1, using: generator).scalars, [0, 0, 0, 0])
    }

    func testDropoutScalesSurvivorsInTrainingAndPassesThroughInEvaluation() throws {
        let x = try Tensor.ones([10_000])
        let generator = RandomGenerator(seed: 5)
        let dropped = try dropout(x, probability: 0.25, training: true, using: generator)
        XCTAssertTrue(dropped.scalars.allSatisfy { $0 == 0 || abs($0 - 4.0 / 3.0) < 1e-6 })
        XCTAssertEqual(Float(dropped.scalars.filter { $0 == 0 }.count) / 10_000, 0.25, accuracy: 0.02)
        XCTAssertTrue(try dropout(x, probability: 0.25, training: false, using: generator) === x)
        XCTAssertThrowsError(try dropout(x, probability: 1.5, training: true, using: generator))
        let input = try randomTensor([20])
        try assertGradientsMatch([input]) { try dropout($0[0], probability: 0.5, training: true, using: RandomGenerator(seed: 1)) }
    }
}
