import Compute
import Learning
import XCTest

/// BatchNorm, average pooling, schedules and element-wise losses of the PyTorch-style API against
/// PyTorch's documented defaults and formulas.
final class TorchLayerTests: XCTestCase {
    func testBatchNormRunningStatisticsUseMomentumAndTheUnbiasedVariance() throws {
        let norm = try nn.BatchNorm(2, dimensions: 1)
        XCTAssertEqual(norm.eps, 1e-5)
        XCTAssertEqual(norm.momentum, 0.1)
        let x = try Tensor(shape: [4, 2], scalars: [1, 10, 3, 10, 5, 20, 7, 20])
        _ = try norm(x)
        // Batch mean (4, 15); unbiased variance (20/3, 100/3).
        XCTAssertEqual(norm.runningMean.scalars[0], 0.4, accuracy: 1e-6)
        XCTAssertEqual(norm.runningMean.scalars[1], 1.5, accuracy: 1e-6)
        XCTAssertEqual(norm.runningVar.scalars[0], 0.9 + 0.1 * 20 / 3, accuracy: 1e-5)
        XCTAssertEqual(norm.runningVar.scalars[1], 0.9 + 0.1 * 100 / 3, accuracy: 1e-5)
        XCTAssertEqual(norm.numBatchesTracked.scalars, [1])
        XCTAssertEqual(norm.stateDict().names, ["weight", "bias", "running_mean", "running_var", "num_batches_tracked"])
        _ = norm.eval()
        let y = try norm(x)
        XCTAssertEqual(y.scalars[0], (1 - 0.4) / (norm.runningVar.scalars[0] + 1e-5).squareRoot(), accuracy: 1e-6)
        XCTAssertThrowsError(try norm(Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]))) { error in
            XCTAssertTrue("\(error)".contains("BatchNorm1d(2): expected input [N, 2] or [N, 2, L], got [2, 3]"), "\(error)")
        }
    }

    func testSchedulesFollowTheirClosedForms() throws {
        let weight = try Tensor(shape: [1], scalars: [0], requiresGrad: true)
        func rates(_ make: (optim.SGD) throws -> optim.lrScheduler.Schedule) throws -> [Float] {
            let optimizer = try optim.SGD([weight], lr: 1)
            let schedule = try make(optimizer)
            return (0..<4).map { _ in schedule.step(); return optimizer.lr }
        }
        XCTAssertEqual(try rates { try .stepLR($0, stepSize: 2, gamma: 0.5) }, [1, 0.5, 0.5, 0.25])
        XCTAssertEqual(try rates { .exponentialLR($0, gamma: 0.5) }, [0.5, 0.25, 0.125, 0.0625])
        let cosine = try rates { try .cosineAnnealingLR($0, tMax: 4) }
        for (rate, expected) in zip(cosine, [0.853553, 0.5, 0.146447, 0]) { XCTAssertEqual(rate, Float(expected), accuracy: 1e-5) }
    }

    /// A schedule's stored state, rebuilt over the optimiser, goes on where the original would.
    func testAStoredScheduleContinuesAsTheOriginal() throws {
        let weight = try Tensor(shape: [1], scalars: [0], requiresGrad: true)
        let makers: [(optim.SGD) throws -> optim.lrScheduler.Schedule] = [
            { try .stepLR($0, stepSize: 2, gamma: 0.3) }, { .exponentialLR($0, gamma: 0.8) },
            { try .cosineAnnealingLR($0, tMax: 5, etaMin: 0.1) },
        ]
        for make in makers {
            let optimizer = try optim.SGD([weight], lr: 0.9)
            let original = try make(optimizer)
            original.step()
            original.step()
            let copy = try optim.lrScheduler.Schedule(restoring: original.serializedState(), optimizer: optimizer)
            XCTAssertEqual(copy.rule, original.rule)
            XCTAssertEqual(copy.epoch, 2)
            let expected = (0..<3).map { _ in original.step(); return optimizer.lr }
            let rates = (0..<3).map { _ in copy.step(); return optimizer.lr }
            XCTAssertEqual(rates.map(\.bitPattern), expected.map(\.bitPattern))
        }
        XCTAssertThrowsError(try optim.lrScheduler.Schedule(restoring: Array("TLR1".utf8), optimizer: try optim.SGD([weight])))
    }

    func testElementwiseLossesAndAdaptivePooling() throws {
        let p = try Tensor(shape: [2], scalars: [0.8, 0.1]), t = try Tensor(shape: [2], scalars: [1, 0])
        XCTAssertEqual(try nn.ElementwiseLoss.bce()(p, t).item(), -(log(0.8) + log(0.9)) / 2, accuracy: 1e-6)
        let logits = try Tensor(shape: [2], scalars: [2, -1])
        XCTAssertEqual(try nn.ElementwiseLoss.bceWithLogits()(logits, t).item(),
                       try nn.ElementwiseLoss.bce()(sigmoid(logits), t).item(), accuracy: 1e-6)
        XCTAssertThrowsError(try nn.ElementwiseLoss.mse()(p, Tensor([1, 2, 3]))) { XCTAssertTrue("\($0)".contains("MSELoss()")) }
        let pooled = try nn.AdaptiveAvgPool2d(2)(Tensor.arange(0, 16).reshaped([1, 1, 4, 4]))
        XCTAssertEqual(pooled.scalars, [2.5, 4.5, 10.5, 12.5])
    }

    func testDropout2dZeroesWholeChannelsAndScalesTheRest() throws {
        let drop = try nn.Dropout2d(0.5, using: RandomGenerator(seed: 4))
        let x = try Tensor.full([4, 8, 3, 3], 1)
        let y = try drop(x)
        let planes = stride(from: 0, to: y.count, by: 9).map { Array(y.scalars[$0..<($0 + 9)]) }
        XCTAssertTrue(planes.allSatisfy { Set($0) == [0] || Set($0) == [2] }, "\(planes)")
        XCTAssertTrue(planes.contains { $0[0] == 0 } && planes.contains { $0[0] == 2 })
        _ = drop.eval()
        XCTAssertEqual(try drop(x).scalars, x.scalars)
        x.requiresGrad = true
        _ = drop.train()
        let z = try drop(x)
        try z.sum().backward()
        XCTAssertEqual(x.grad?.scalars.filter { $0 != 0 && $0 != 2 }, [])
    }
}
