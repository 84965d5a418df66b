import XCTest
@testable import Compute

/// RMSprop and AdamW against their update rules worked by hand, as `torch.optim` defines them.
final class RMSpropAndAdamWTests: XCTestCase {
    private func parameter(_ value: Float, gradient: Float) throws -> Tensor {
        let p = try Tensor(shape: [1], scalars: [value], requiresGrad: true)
        p.grad = Tensor([gradient])
        return p
    }

    func testRMSpropStepsFollowPyTorch() throws {
        let p = try parameter(1, gradient: 0.5)
        let optimizer = try RMSprop([p], learningRate: 0.01)
        try optimizer.step()
        // v = 0.01 · 0.25; p −= 0.01 · 0.5 / (√v + 1e-8).
        XCTAssertEqual(p.scalars[0], 1 - 0.01 * 0.5 / (Float(0.0025).squareRoot() + 1e-8), accuracy: 1e-7)
        try optimizer.step()
        let v: Float = 0.99 * 0.0025 + 0.01 * 0.25
        XCTAssertEqual(p.scalars[0], 0.9 - 0.01 * 0.5 / (v.squareRoot() + 1e-8), accuracy: 1e-6)
        let keras = try parameter(1, gradient: 0.5)
        try RMSprop([keras], learningRate: 0.001, alpha: 0.9, epsilon: 1e-7, epsilonInsideRoot: true).step()
        XCTAssertEqual(keras.scalars[0], 1 - 0.001 * 0.5 / (Float(0.025) + 1e-7).squareRoot(), accuracy: 1e-7)
    }

    func testRMSpropMomentumAndStateRoundTrip() throws {
        let p = try parameter(1, gradient: 1), q = try parameter(1, gradient: 1)
        let first = try RMSprop([p], learningRate: 0.1, alpha: 0.5, momentum: 0.9)
        try first.step()
        let second = try RMSprop([q], learningRate: 0.1, alpha: 0.5, momentum: 0.9)
        try second.restoreState(first.stateTensors())
        try q.assign(p)
        try first.step()
        try second.step()
        XCTAssertEqual(p.scalars, q.scalars)
        XCTAssertThrowsError(try second.restoreState([]))
    }

    func testAdamWDecaysTheWeightsApartFromTheGradient() throws {
        let p = try parameter(1, gradient: 0.5)
        try AdamW([p], learningRate: 0.1, weightDecay: 0.1).step()
        // p ← p · (1 − 0.1 · 0.1), then Adam's first step moves it by lr · ĝ / (|ĝ| + ε).
        XCTAssertEqual(p.scalars[0], 0.99 - 0.1 * 0.5 / (0.5 + 1e-8), accuracy: 1e-6)
        XCTAssertEqual(try AdamW([p]).weightDecay, 0.01)
    }
}
