import XCTest
@testable import Compute

final class OptimizerAndSerializationTests: XCTestCase {
    /// One parameter p = [1, −2] with constant gradient [0.5, 1].
    private func parameterWithGradient() throws -> Tensor {
        let p = try Tensor(shape: [2], scalars: [1, -2], requiresGrad: true)
        p.grad = try Tensor(shape: [2], scalars: [0.5, 1])
        return p
    }

    func testPlainSGDStep() throws {
        let p = try parameterWithGradient()
        try SGD([p], learningRate: 0.1).step()
        assertClose(p.scalars, [0.95, -2.1])
    }

    func testSGDWithMomentumNesterovAndWeightDecayFollowsPyTorch() throws {
        let p = try parameterWithGradient()
        let optimizer = try SGD([p], learningRate: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.01)
        var expected: [Double] = [1, -2]
        var buffer: [Double]? = nil
        for _ in 0..<3 {
            let g = zip([0.5, 1.0], expected).map { $0 + 0.01 * $1 }
            buffer = buffer.map { zip($0, g).map { 0.9 * $0 + $1 } } ?? g
            expected = zip(expected, zip(g, buffer!).map { $0 + 0.9 * $1 }).map { $0 - 0.1 * $1 }
            try optimizer.step()
        }
        assertClose(p.scalars, expected.map(Float.init))
        XCTAssertThrowsError(try SGD([p], momentum: 0, nesterov: true))
    }

    func testAdamFollowsPyTorchUpdate() throws {
        let p = try parameterWithGradient()
        let optimizer = try Adam([p], learningRate: 0.1)
        var expected: [Double] = [1, -2], m: [Double] = [0, 0], v: [Double] = [0, 0]
        for t in 1...3 {
            for i in 0..<2 {
                let g = [0.5, 1.0][i]
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                let mHat = m[i] / (1 - pow(0.9, Double(t))), vHat = v[i] / (1 - pow(0.999, Double(t)))
                expected[i] -= 0.1 * mHat / (vHat.squareRoot() + 1e-8)
            }
            try optimizer.step()
        }
        assertClose(p.scalars, expected.map(Float.init))
    }

    func testOptimizerStateRoundTripsThroughSerialisation() throws {
        let p = try parameterWithGradient(), q = try parameterWithGradient()
        let first = try Adam([p]), second = try Adam([q])
        try first.step()
        let bytes = Tensor.serialize(first.stateTensors())
        try second.restoreState(Tensor.deserializeList(bytes))
        try second.assignFrom(first)
        try first.step()
        try second.step()
        XCTAssertEqual(p.scalars, q.scalars)
    }

    func testTensorSerialisationRoundTripsBitForBit() throws {
        let special: [Float] = [0, -0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, 1.5, Float(bitPattern: 0x7FC0_1234)]
        let x = try Tensor(shape: [2, 4], scalars: special, requiresGrad: true)
        let y = try Tensor(serialized: x.serialized())
        XCTAssertEqual(y.shape, [2, 4])
        XCTAssertTrue(y.requiresGrad)
        XCTAssertEqual(y.scalars.map(\.bitPattern), special.map(\.bitPattern))
        XCTAssertEqual(try Tensor(serialized: Tensor(7).serialized()).shape, [])
    }

    func testCorruptSerialisedDataThrows() throws {
        let bytes = try randomTensor([3, 3]).serialized()
        XCTAssertThrowsError(try Tensor(serialized: Array(bytes.dropLast())))
        XCTAssertThrowsError(try Tensor(serialized: Array(bytes.dropFirst())))
        XCTAssertThrowsError(try Tensor(serialized: bytes + [0]))
        XCTAssertThrowsError(try Tensor.deserializeList([5, 0, 0, 0]))
    }
}

private extension Adam {
    /// Copies parameter values so two optimisers start the next step from the same point.
    func assignFrom(_ other: Adam) throws {
        for (mine, theirs) in zip(parameters, other.parameters) {
            try mine.assign(theirs.detached())
            mine.grad = theirs.grad
        }
    }
}
