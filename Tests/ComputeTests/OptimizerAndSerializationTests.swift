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

    /// A Dense-like model big enough for the small-batch kernels: x [8, 130] → 512 → 10, whose
    /// input also needs its gradient (as a Dense layer after convolutions does); 130 rows of the
    /// kernel leave a partial block of 4.
    private func denseModel(seed: UInt64) throws -> (x: Tensor, parameters: [Tensor], loss: (FusedSGDUpdate?) throws -> Tensor) {
        let x = try randomTensor([8, 130], seed: seed)
        let parameters = [try randomTensor([130, 512], seed: seed + 1), try randomTensor([512], seed: seed + 2),
                          try randomTensor([512, 10], seed: seed + 3)]
        x.requiresGrad = true
        for parameter in parameters { parameter.requiresGrad = true }
        let weights = try randomTensor([8, 10], seed: seed + 4)
        return (x, parameters, { fusedUpdate in
            let hidden = relu(try linear(x, weight: parameters[0], bias: parameters[1], fusedUpdate: fusedUpdate))
            return try (matmul(hidden, parameters[2], fusedUpdate: fusedUpdate) * weights).sum()
        })
    }

    func testFusedSGDTrainingStepIsBitIdenticalToTheSeparateCalls() throws {
        let fused = try denseModel(seed: 141), separate = try denseModel(seed: 141)
        let fusedOptimizer = try SGD(fused.parameters, learningRate: 0.05)
        let separateOptimizer = try SGD(separate.parameters, learningRate: 0.05)
        for _ in 0..<3 {
            fused.x.grad = nil; separate.x.grad = nil
            let fusedLoss = try fusedOptimizer.trainingStep(fused.loss)
            // The kernel was updated during backward: it never received a gradient.
            XCTAssertNil(fused.parameters[0].grad)
            XCTAssertNotNil(fused.parameters[1].grad)
            separateOptimizer.zeroGrad()
            let separateLoss = try separate.loss(nil)
            try separateLoss.backward()
            try separateOptimizer.step()
            XCTAssertEqual(fusedLoss.scalars, separateLoss.scalars)
            XCTAssertEqual(fused.x.grad?.scalars, separate.x.grad?.scalars)
            for (mine, theirs) in zip(fused.parameters, separate.parameters) {
                XCTAssertEqual(mine.scalars.map(\.bitPattern), theirs.scalars.map(\.bitPattern))
            }
        }
        XCTAssertGreaterThan(fused.parameters[0].version, 0)
    }

    func testFusedSGDStepHandlesAWeightUsedTwiceAndMomentumFallsBack() throws {
        let x1 = try randomTensor([8, 128], seed: 151), x2 = try randomTensor([8, 128], seed: 152)
        func run(fused: Bool, momentum: Float) throws -> [Float] {
            let weight = try randomTensor([128, 512], seed: 153)
            weight.requiresGrad = true
            let optimizer = try SGD([weight], learningRate: 0.1, momentum: momentum)
            let loss = { (fusedUpdate: FusedSGDUpdate?) in
                try (matmul(x1, weight, fusedUpdate: fusedUpdate) * matmul(x2, weight, fusedUpdate: fusedUpdate)).sum()
            }
            if fused {
                _ = try optimizer.trainingStep(loss)
                XCTAssertEqual(weight.grad == nil, momentum == 0)
            } else {
                try loss(nil).backward()
                try optimizer.step()
            }
            return weight.scalars
        }
        // Each use sees the weight as it was in the forward pass; the updates add up.
        assertClose(try run(fused: true, momentum: 0), try run(fused: false, momentum: 0), tolerance: 1e-5)
        XCTAssertEqual(try run(fused: true, momentum: 0.9), try run(fused: false, momentum: 0.9))
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
