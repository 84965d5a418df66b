import XCTest
@testable import Compute

/// The register-blocked loops behind a Dense layer at a small batch, against a Double-precision
/// reference, on sizes that leave partial 4-row, 16-lane and 64-column blocks.
final class SmallBatchKernelTests: XCTestCase {
    private let shapes = [(rows: 32, k: 300, n: 256), (rows: 7, k: 257, n: 131), (rows: 1, k: 64, n: 64), (rows: 64, k: 90, n: 200)]

    func testEachProductMatchesReference() throws {
        for (rows, k, n) in shapes {
            let x = try randomTensor([rows, k], seed: 81).scalars, w = try randomTensor([k, n], seed: 82).scalars
            let g = try randomTensor([rows, n], seed: 83).scalars
            // X · W [rows, n]; G · Wᵀ [rows, k]; Xᵀ · G [k, n].
            assertClose(SmallBatch.product(x, w, rows: rows, k: k, n: n),
                        reference(rows, k, n) { Double(x[$0 * k + $1]) } _: { Double(w[$0 * n + $1]) }, tolerance: 1e-5)
            assertClose(SmallBatch.productTransposed(g, w, rows: rows, n: n, m: k),
                        reference(rows, n, k) { Double(g[$0 * n + $1]) } _: { Double(w[$1 * n + $0]) }, tolerance: 1e-5)
            assertClose(SmallBatch.transposedProduct(x, g, batch: rows, m: k, n: n),
                        reference(k, rows, n) { Double(x[$1 * k + $0]) } _: { Double(g[$0 * n + $1]) }, tolerance: 1e-5)
        }
    }

    func testDenseLayerAtSmallBatchTakesTheLoopsForItsOutputAndGradients() throws {
        // Bit identity across thread counts for this path: AutogradTests' 37×301×250 product.
        XCTAssertTrue(SmallBatch.applies(rows: 32, 300, 256))
        XCTAssertFalse(SmallBatch.applies(rows: 512, 1024, 10), "PyTorch-style batches go to BLAS")
        let x = try randomTensor([32, 300], seed: 87), w = try randomTensor([300, 256], seed: 88)
        let upstream = try randomTensor([32, 256], seed: 89)
        x.requiresGrad = true; w.requiresGrad = true
        let y = try matmul(x, w)
        try y.backward(gradient: upstream)
        XCTAssertEqual(y.scalars, SmallBatch.product(x.scalars, w.scalars, rows: 32, k: 300, n: 256))
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
