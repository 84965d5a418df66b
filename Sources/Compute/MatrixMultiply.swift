import Foundation
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// C = alpha · op(A) · op(B) + beta · C on row-major matrices through the platform's BLAS
/// (OpenBLAS `cblas_sgemm` on Linux, Accelerate on macOS), on the calling thread only. `op`
/// transposes when asked. A is m×k after `op`, B is k×n after `op`, C is m×n; the leading
/// dimensions default to packed storage and can be given to address sub-blocks of larger
/// matrices. Unchecked: callers validate shapes.
@inline(__always)
func sgemmOnThisThread(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
                       alpha: Float = 1, _ a: UnsafePointer<Float>, lda: Int? = nil,
                       _ b: UnsafePointer<Float>, ldb: Int? = nil,
                       beta: Float = 0, _ c: UnsafeMutablePointer<Float>, ldc: Int? = nil) {
    guard m > 0, n > 0 else { return }
    _ = ComputeRuntime.configured
    let lda = max(lda ?? (transposeA ? m : k), 1)
    let ldb = max(ldb ?? (transposeB ? k : n), 1)
    let ldc = ldc ?? n
    #if canImport(Accelerate)
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    #else
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    #endif
}

/// Below this many multiply-adds a GEMM runs on the calling thread: splitting costs a
/// concurrentPerform round trip (5–10 µs) and packs the shared operand once per part.
private let gemmSplitThreshold = 1 << 20

/// Elements of C per part when the inner dimension is short (≤ 128), as in the article's Dense
/// weight gradient (9216×1024 from 32 images). BLAS first zeroes C for beta = 0 and then
/// accumulates into it; on a 1 MiB block both passes stay in cache instead of streaming the
/// whole 37.7 MB matrix through memory twice.
private let shortInnerBlock = 1 << 18

/// `sgemmOnThisThread` on packed matrices, split across `ComputeThreads` when large: C is cut into
/// contiguous blocks of columns (or of rows, when it has more rows than columns), one per thread —
/// or, when the inner dimension is short, into ~1 MiB blocks handed out to the threads in
/// contiguous runs — each computed by its own single-threaded BLAS call. Block edges fall on
/// multiples of 16 (the BLAS kernels' unroll), and every element of C is computed by the same
/// sequence of multiply-adds whatever the split, so results do not depend on the thread count.
func sgemm(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
           alpha: Float = 1, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
           beta: Float = 0, _ c: UnsafeMutablePointer<Float>) {
    let splitColumns = n >= m
    let extent = splitColumns ? n : m
    let wanted = k <= 128 ? max(ComputeThreads.count, m * n / shortInnerBlock) : ComputeThreads.count
    let parts = min(wanted, extent / 16)
    guard parts > 1, m * n * k >= gemmSplitThreshold else {
        sgemmOnThisThread(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                          alpha: alpha, a, b, beta: beta, c)
        return
    }
    let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
    parallelChunks(parts, costPerElement: parallelThreshold) { run in
        for part in run {
            let start = part == 0 ? 0 : extent * part / parts / 16 * 16
            let end = part == parts - 1 ? extent : extent * (part + 1) / parts / 16 * 16
            guard end > start else { continue }
            if splitColumns {
                sgemmOnThisThread(transposeA: transposeA, transposeB: transposeB, m: m, n: end - start, k: k,
                                  alpha: alpha, a, lda: lda, transposeB ? b + start * ldb : b + start, ldb: ldb,
                                  beta: beta, c + start, ldc: n)
            } else {
                sgemmOnThisThread(transposeA: transposeA, transposeB: transposeB, m: end - start, n: n, k: k,
                                  alpha: alpha, transposeA ? a + start : a + start * lda, lda: lda, b, ldb: ldb,
                                  beta: beta, c + start * n, ldc: n)
            }
        }
    }
}

/// `sgemm` on Swift arrays, returning a new m×n array. The result is not zero-filled first: with
/// beta = 0 BLAS overwrites every element, and skipping the fill saves a pass over large outputs
/// (the article's Dense weight gradient is 9216×1024).
func sgemm(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
           _ a: [Float], _ b: [Float]) -> [Float] {
    guard m > 0, n > 0, k > 0 else { return [Float](repeating: 0, count: max(m, 0) * max(n, 0)) }
    return [Float](unsafeUninitializedCapacity: m * n) { c, initialized in
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                sgemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                      pa.baseAddress!, pb.baseAddress!, c.baseAddress!)
            }
        }
        initialized = m * n
    }
}

/// Matrix product of `a` [m, k] and `b` [k, n] giving [m, n] (float32 GEMM through BLAS).
/// Gradients: dA = dC · Bᵀ, dB = Aᵀ · dC. With a `fusedUpdate` covering `b` (a training step's
/// request, see `FusedSGDUpdate`) and a small batch, backward applies b −= η · dB itself and
/// returns no gradient for `b`.
public func matmul(_ a: Tensor, _ b: Tensor, fusedUpdate: FusedSGDUpdate? = nil) throws -> Tensor {
    let (m, k, n) = try productSizes(a, b, innerAxisOfB: 0, operation: "matmul")
    let (aValues, bValues) = (a.storage, b.storage)
    // A Dense layer at a small batch: a few rows against a large weight matrix (see SmallBatch).
    let smallBatch = SmallBatch.applies(rows: m, k, n)
    let product = smallBatch ? SmallBatch.product(aValues, bValues, rows: m, k: k, n: n)
                             : sgemm(m: m, n: n, k: k, aValues, bValues)
    if smallBatch, let fusedUpdate, fusedUpdate.covers(b), b.gradientNode == nil {
        return matmulUpdatingWeightInBackward(a, b, product: product, rate: fusedUpdate.learningRate, sizes: (m, k, n))
    }
    return recorded(Tensor(unchecked: [m, n], product), "matmul", [a, b]) { g, needed in
        guard smallBatch else {
            return [needed[0] ? sgemm(transposeB: true, m: m, n: k, k: n, g, bValues) : nil,
                    needed[1] ? sgemm(transposeA: true, m: k, n: n, k: m, aValues, g) : nil]
        }
        return [needed[0] ? SmallBatch.productTransposed(g, bValues, rows: m, n: n, m: k) : nil,
                needed[1] ? SmallBatch.transposedProduct(aValues, g, batch: m, m: k, n: n) : nil]
    }
}

/// The result of `matmul(a, weight, fusedUpdate:)` for a small batch: its backward pass
/// applies weight −= rate · aᵀ · dC block by block instead of returning the weight's gradient,
/// computing dA from the same blocks just before their update (`SmallBatch.productTransposedThenSubtract`).
/// The weight's values are held in a box that backward empties first, so the update happens in
/// place rather than on a copy of the (37.7 MB) matrix. Other uses of the weight in the same graph
/// keep their own copy of its values and still contribute a gradient for `step()`.
private func matmulUpdatingWeightInBackward(_ a: Tensor, _ weight: Tensor, product: [Float], rate: Float,
                                            sizes: (m: Int, k: Int, n: Int)) -> Tensor {
    let (aValues, weightValues) = (a.storage, WeightValues(weight.storage))
    let (m, k, n) = sizes
    return recorded(Tensor(unchecked: [m, n], product), "matmul", [a, weight]) { g, needed in
        guard needed[1] else {
            return [needed[0] ? SmallBatch.productTransposed(g, weightValues.values, rows: m, n: n, m: k) : nil, nil]
        }
        weightValues.values = []
        defer { weight.bumpVersion() }
        guard needed[0] else {
            SmallBatch.subtractTransposedProduct(aValues, g, scaledBy: rate, from: &weight.storage, batch: m, m: k, n: n)
            return [nil, nil]
        }
        return [SmallBatch.productTransposedThenSubtract(g, aValues, scaledBy: rate, from: &weight.storage, rows: m, k: k, n: n), nil]
    }
}

/// A weight's values captured by a forward pass, released once its backward pass no longer needs them.
private final class WeightValues {
    var values: [Float]
    init(_ values: [Float]) { self.values = values }
}

/// Matrix product a · bᵀ of `a` [m, k] and `b` [n, k] giving [m, n], without materialising the
/// transpose (PyTorch's `nn.Linear` keeps its weight as [out, in]).
/// Gradients: dA = dC · B, dB = dCᵀ · A.
public func matmul(_ a: Tensor, transposing b: Tensor) throws -> Tensor {
    let (m, k, n) = try productSizes(a, b, innerAxisOfB: 1, operation: "matmul(transposing:)")
    let (aValues, bValues) = (a.storage, b.storage)
    let result = Tensor(unchecked: [m, n], sgemm(transposeB: true, m: m, n: n, k: k, aValues, bValues))
    return recorded(result, "matmul", [a, b]) { g, needed in
        [needed[0] ? sgemm(m: m, n: k, k: n, g, bValues) : nil,
         needed[1] ? sgemm(transposeA: true, m: n, n: k, k: m, g, aValues) : nil]
    }
}

/// m, k and n of the product of `a` [m, k] with `b`, whose axis `innerAxisOfB` must have k
/// elements and whose other axis gives n; errors name `operation` and both shapes.
private func productSizes(_ a: Tensor, _ b: Tensor, innerAxisOfB inner: Int, operation: String) throws -> (Int, Int, Int) {
    guard a.rank == 2, b.rank == 2 else {
        throw TensorError(operation, "both operands must be 2-D", shapes: [a.shape, b.shape])
    }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1 - inner])
    guard b.shape[inner] == k else {
        throw TensorError(operation, "inner dimensions differ (\(k) vs \(b.shape[inner]))", shapes: [a.shape, b.shape])
    }
    _ = try checkedElementCount([m, n], operation: operation)
    return (m, k, n)
}

/// A fully connected layer's affine map with an optional bias [out]:
/// - `linear(x, weight: W, bias: b)` with W [in, out] (Keras's Dense kernel): y = x · W + b;
/// - `linear(x, outInWeight: W, bias: b)` with W [out, in] (PyTorch's nn.Linear): y = x · Wᵀ + b.
/// `fusedUpdate` goes to the product (see `matmul(_:_:fusedUpdate:)`).
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor?, fusedUpdate: FusedSGDUpdate? = nil) throws -> Tensor {
    try addBias(matmul(x, weight, fusedUpdate: fusedUpdate), bias, operation: "linear")
}

/// See `linear(_:weight:bias:)`; the weight is stored [out, in] as in PyTorch.
public func linear(_ x: Tensor, outInWeight weight: Tensor, bias: Tensor?) throws -> Tensor {
    try addBias(matmul(x, transposing: weight), bias, operation: "linear")
}

private func addBias(_ product: Tensor, _ bias: Tensor?, operation: String) throws -> Tensor {
    guard let bias else { return product }
    guard bias.shape == [product.shape[1]] else {
        throw TensorError(operation, "bias must have shape [\(product.shape[1])]", shapes: [product.shape, bias.shape])
    }
    return try add(product, bias)
}
