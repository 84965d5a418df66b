import XCTest
@testable import Compute

/// Compute flushes subnormal floats to zero on every thread it runs kernels on (see
/// `ComputeRuntime`), so results are the same whatever the thread count and the thread.
final class FloatingPointModeTests: XCTestCase {
    private let tiny: Float = 1e-20          // normal; its square, 1e-40, is subnormal
    private let subnormal: Float = 1e-39     // below Float.leastNormalMagnitude (1.18e-38)

    func testSubnormalResultsAndInputsAreZeroOnOneAndTwoThreads() throws {
        let saved = ComputeThreads.count
        defer { ComputeThreads.count = saved }
        XCTAssertLessThan(subnormal, Float.leastNormalMagnitude)
        // Few elements run on the calling thread, many are split across the threads.
        for threads in [1, 2] {
            ComputeThreads.count = threads
            for count in [8, 100_000] {
                let squares = try Tensor([Float](repeating: tiny, count: count)) * Tensor([Float](repeating: tiny, count: count))
                XCTAssertEqual(Set(squares.scalars), [0], "\(threads) threads, \(count) elements")
                let sums = try Tensor([Float](repeating: subnormal, count: count)) + Tensor([Float](repeating: 0, count: count))
                XCTAssertEqual(Set(sums.scalars), [0], "\(threads) threads, \(count) elements")
            }
        }
    }

    func testNormalValuesNearTheSubnormalRangeAreKept() throws {
        let a = try Tensor([Float](repeating: 1e-18, count: 100_000))
        let products = try a * a
        XCTAssertEqual(Set(products.scalars).count, 1)
        XCTAssertEqual(Double(products.scalars[0]), 1e-36, accuracy: 1e-41)
    }

    func testMatrixProductsFlushSubnormalSums() throws {
        // A Dense-sized product on the small-batch kernels: each output is Σ 1e-20 · 1e-20 over
        // 512 terms, every term subnormal and flushed, so the sums are exactly 0.
        let x = try Tensor([Float](repeating: tiny, count: 32 * 512)).reshaped([32, 512])
        let w = try Tensor([Float](repeating: tiny, count: 512 * 256)).reshaped([512, 256])
        XCTAssertEqual(Set(try matmul(x, w).scalars), [0])
    }
}
