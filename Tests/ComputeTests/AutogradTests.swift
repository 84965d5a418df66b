import XCTest
@testable import Compute

final class AutogradTests: XCTestCase {
    func testTensorUsedTwiceAccumulatesBothPaths() throws {
        let x = try Tensor(shape: [2], scalars: [3, -1], requiresGrad: true)
        try (x * x + x).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [7, -1])
    }

    func testGradientsAccumulateAcrossBackwardCallsUntilCleared() throws {
        let x = try Tensor(shape: [1], scalars: [2], requiresGrad: true)
        try (x * 3).sum().backward()
        try (x * 3).sum().backward()
        XCTAssertEqual(x.grad?.scalars, [6])
        let optimizer = try SGD([x])
        optimizer.zeroGrad()
        XCTAssertNil(x.grad)
    }

    func testNonLeafTensorsGetNoGradAndGraphIsReleased() throws {
        let x = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        let hidden = try x * 2
        let loss = hidden.sum()
        try loss.backward()
        XCTAssertNil(hidden.grad)
        XCTAssertNil(hidden.gradientNode)
        XCTAssertThrowsError(try loss.backward()) { XCTAssertTrue("\($0)".contains("already released")) }
    }

    func testNoGradRecordsNothingAndRestoresAfterwards() throws {
        let x = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        let y = try noGrad { try x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertNil(y.gradientNode)
        XCTAssertTrue(isGradientRecordingEnabled)
        XCTAssertTrue(try (x * 2).requiresGrad)
    }

    func testNoGradIsPerThread() throws {
        final class Outcome: @unchecked Sendable { var recorded = false }
        let x = try Tensor(shape: [1], scalars: [1], requiresGrad: true)
        let outcome = Outcome()
        nonisolated(unsafe) let shared = x
        noGrad {
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                outcome.recorded = (try? shared * 2)?.requiresGrad ?? false
                done.signal()
            }
            done.wait()
        }
        XCTAssertTrue(outcome.recorded)
    }

    func testBackwardOnNonScalarNeedsExplicitGradient() throws {
        let x = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        XCTAssertThrowsError(try (x * 2).backward())
        XCTAssertThrowsError(try Tensor(1).backward())
    }

    func testVersionCountsInPlaceWrites() throws {
        let x = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        XCTAssertEqual(x.version, 0)
        try x.assign(Tensor(shape: [2], scalars: [5, 6]))
        try x.withMutableScalars { $0[0] = 0 }
        XCTAssertEqual(x.version, 2)
        try (x * x).sum().backward()
        try SGD([x], learningRate: 0.1).step()
        XCTAssertEqual(x.version, 3)
        XCTAssertThrowsError(try x.assign(Tensor(shape: [3], scalars: [1, 2, 3])))
    }

    func testMatmulMatchesNaiveProductAndGradients() throws {
        let a = try randomTensor([5, 7], seed: 1), b = try randomTensor([7, 3], seed: 2)
        let c = try matmul(a, b)
        var expected = [Float](repeating: 0, count: 15)
        for i in 0..<5 { for j in 0..<3 { for k in 0..<7 { expected[i * 3 + j] += a.scalars[i * 7 + k] * b.scalars[k * 3 + j] } } }
        assertClose(c.scalars, expected)
        try assertGradientsMatch([a, b]) { try matmul($0[0], $0[1]) }
        try assertGradientsMatch([a, b, randomTensor([3], seed: 3)]) { try linear($0[0], weight: $0[1], bias: $0[2]) }
        let outIn = try b.transposed().detached()
        assertClose(try matmul(a, transposing: outIn).scalars, c.scalars)
        try assertGradientsMatch([a, outIn, randomTensor([3], seed: 3)]) { try linear($0[0], outInWeight: $0[1], bias: $0[2]) }
        XCTAssertThrowsError(try matmul(a, a)) { error in
            XCTAssertEqual("\(error)", "matmul: inner dimensions differ (7 vs 5), shapes [5, 7] and [5, 7]")
        }
    }

    func testSgemmSmokeAgainstNaiveProductAtBlockedSize() throws {
        let n = 130
        let a = try randomTensor([n, n], seed: 4), b = try randomTensor([n, n], seed: 5)
        let c = try matmul(a, b)
        for (i, j) in [(0, 0), (17, 129), (129, 3), (64, 64)] {
            var total: Double = 0
            for k in 0..<n { total += Double(a.scalars[i * n + k]) * Double(b.scalars[k * n + j]) }
            XCTAssertEqual(Double(c.scalars[i * n + j]), total, accuracy: 1e-4)
        }
    }

    func testLargeMatmulsSplitAcrossThreadsMatchNaiveProductBitForBit() throws {
        // Above the split threshold, in both orientations (more columns, more rows) and with all
        // transposes the gradients use; sizes that are not multiples of the 16-wide blocks. With
        // 37 rows the product and its gradients take the small-batch loops, with 250 rows BLAS.
        let saved = ComputeThreads.count
        defer { ComputeThreads.count = saved }
        for (m, k, n) in [(37, 301, 250), (250, 301, 37)] {
            let a = try randomTensor([m, k], seed: 6), b = try randomTensor([k, n], seed: 7)
            a.requiresGrad = true; b.requiresGrad = true
            var runs: [[[UInt32]]] = []
            for threads in [1, 2] {
                ComputeThreads.count = threads
                a.grad = nil; b.grad = nil
                let c = try matmul(a, b)
                try c.backward(gradient: try randomTensor([m, n], seed: 8))
                runs.append([c, try XCTUnwrap(a.grad), try XCTUnwrap(b.grad)].map { $0.scalars.map(\.bitPattern) })
                for (i, j) in [(0, 0), (m - 1, n - 1), (m / 2, 17), (5, n / 2)] {
                    var total: Double = 0
                    for index in 0..<k { total += Double(a.scalars[i * k + index]) * Double(b.scalars[index * n + j]) }
                    XCTAssertEqual(Double(c.scalars[i * n + j]), total, accuracy: 1e-3)
                }
            }
            XCTAssertEqual(runs[0], runs[1], "\(m)×\(k)×\(n)")
        }
    }
}
