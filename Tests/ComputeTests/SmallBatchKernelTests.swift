import XCTest
@testable import Compute

/// The register-blocked loops behind a Dense layer at a small batch, against a Double-precision
/// reference, on sizes that leave partial 4-row, 16-lane and 64-column blocks.
final class SmallBatchKernelTests: XCTestCase {
    private let shapes = [(rows: 32, k: 300, n: 256), (rows: 7, k: 257, n: 131), (rows: 1, k: 64, n: 64), (rows: 64, k: 90, n: 200)]

    func testProductMatchesReference() throws {
        for (rows, k, n) in shapes {
            let a = try randomTensor([rows, k], seed: 81).scalars, b = try randomTensor([k, n], seed: 82).scalars
            let expected = reference(rows, k, n) { r, i in Double(a[r * k + i]) } _: { i, j in Double(b[i * n + j]) }
            assertClose(SmallBatch.product(a, b, rows: rows, k: k, n: n), expected, tolerance: 1e-5)
        }
    }

    func testProductWithTransposeMatchesReference() throws {
        for (rows, k, n) in shapes {
            // A [rows, n] · B[k, n]ᵀ → [rows, k]
            let a = try randomTensor([rows, n], seed: 83).scalars, b = try randomTensor([k, n], seed: 84).scalars
            let expected = reference(rows, n, k) { r, j in Double(a[r * n + j]) } _: { j, i in Double(b[i * n + j]) }
            assertClose(SmallBatch.productTransposed(a, b, rows: rows, n: n, m: k), expected, tolerance: 1e-5)
        }
    }

    func testTransposedProductMatchesReference() throws {
        for (rows, k, n) in shapes {
            // A [rows, k]ᵀ · B [rows, n] → [k, n]
            let a = try randomTensor([rows, k], seed: 85).scalars, b = try randomTensor([rows, n], seed: 86).scalars
            let expected = reference(k, rows, n) { i, r in Double(a[r * k + i]) } _: { r, j in Double(b[r * n + j]) }
            assertClose(SmallBatch.transposedProduct(a, b, batch: rows, m: k, n: n), expected, tolerance: 1e-5)
        }
    }

    func testDenseLayerAtSmallBatchGetsItsGradientsBitIdenticallyAtAnyThreadCount() throws {
        XCTAssertTrue(SmallBatch.applies(rows: 32, 300, 256))
        XCTAssertFalse(SmallBatch.applies(rows: 512, 1024, 10), "PyTorch-style batches go to BLAS")
        let saved = ComputeThreads.count
        defer { ComputeThreads.count = saved }
        let x = try randomTensor([32, 300], seed: 87), w = try randomTensor([300, 256], seed: 88)
        let upstream = try randomTensor([32, 256], seed: 89)
        x.requiresGrad = true; w.requiresGrad = true
        var runs: [[[UInt32]]] = []
        for threads in [1, 2] {
            ComputeThreads.count = threads
            x.grad = nil; w.grad = nil
            let y = try matmul(x, w)
            try y.backward(gradient: upstream)
            runs.append([y, try XCTUnwrap(x.grad), try XCTUnwrap(w.grad)].map { $0.scalars.map(\.bitPattern) })
        }
        XCTAssertEqual(runs[0], runs[1])
        let (xs, ws, g) = (x.scalars, w.scalars, upstream.scalars)
        let inputGradient = reference(32, 256, 300) { r, j in Double(g[r * 256 + j]) } _: { j, i in Double(ws[i * 256 + j]) }
        let weightGradient = reference(300, 32, 256) { i, r in Double(xs[r * 300 + i]) } _: { r, j in Double(g[r * 256 + j]) }
        assertClose(try XCTUnwrap(x.grad).scalars, inputGradient, tolerance: 1e-5)
        assertClose(try XCTUnwrap(w.grad).scalars, weightGradient, tolerance: 1e-5)
    }

    /// C[i, j] = Σ_t left(i, t) · right(t, j) in Double.
    private func reference(_ m: Int, _ inner: Int, _ n: Int, _ left: (Int, Int) -> Double,
                           _ right: (Int, Int) -> Double) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for t in 0..<inner { sum += left(i, t) * right(t, j) }
                c[i * n + j] = Float(sum)
            }
        }
        return c
    }
}
