#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// C = alpha · op(A) · op(B) + beta · C on row-major matrices through the platform's BLAS
/// (OpenBLAS `cblas_sgemm` on Linux, Accelerate on macOS). `op` transposes when asked.
/// A is m×k after `op`, B is k×n after `op`, C is m×n. Unchecked: callers validate shapes.
@inline(__always)
func sgemm(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
           alpha: Float = 1, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
           beta: Float = 0, _ c: UnsafeMutablePointer<Float>) {
    guard m > 0, n > 0 else { return }
    let lda = transposeA ? m : k
    let ldb = transposeB ? k : n
    #if canImport(Accelerate)
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), alpha, a, Int32(max(lda, 1)), b, Int32(max(ldb, 1)), beta, c, Int32(n))
    #else
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                blasint(m), blasint(n), blasint(k), alpha, a, blasint(max(lda, 1)), b, blasint(max(ldb, 1)),
                beta, c, blasint(n))
    #endif
}

/// `sgemm` on Swift arrays, returning a new m×n array.
func sgemm(transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
           _ a: [Float], _ b: [Float]) -> [Float] {
    var c = [Float](repeating: 0, count: m * n)
    guard m > 0, n > 0, k > 0 else { return c }
    a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            c.withUnsafeMutableBufferPointer { pc in
                sgemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                      pa.baseAddress!, pb.baseAddress!, pc.baseAddress!)
            }
        }
    }
    return c
}

/// Matrix product of `a` [m, k] and `b` [k, n] giving [m, n] (float32 GEMM through BLAS).
/// Gradients: dA = dC · Bᵀ, dB = Aᵀ · dC.
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank == 2, b.rank == 2 else {
        throw TensorError("matmul", "both operands must be 2-D", shapes: [a.shape, b.shape])
    }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    guard b.shape[0] == k else {
        throw TensorError("matmul", "inner dimensions differ (\(k) vs \(b.shape[0]))", shapes: [a.shape, b.shape])
    }
    _ = try checkedElementCount([m, n], operation: "matmul")
    let (aValues, bValues) = (a.storage, b.storage)
    let result = Tensor(unchecked: [m, n], sgemm(m: m, n: n, k: k, aValues, bValues))
    return recorded(result, "matmul", [a, b]) { g, needed in
        [needed[0] ? sgemm(transposeB: true, m: m, n: k, k: n, g, bValues) : nil,
         needed[1] ? sgemm(transposeA: true, m: k, n: n, k: m, aValues, g) : nil]
    }
}

/// Matrix product a · bᵀ of `a` [m, k] and `b` [n, k] giving [m, n], without materialising the
/// transpose (PyTorch's `nn.Linear` keeps its weight as [out, in]).
/// Gradients: dA = dC · B, dB = dCᵀ · A.
public func matmul(_ a: Tensor, transposing b: Tensor) throws -> Tensor {
    guard a.rank == 2, b.rank == 2 else {
        throw TensorError("matmul(transposing:)", "both operands must be 2-D", shapes: [a.shape, b.shape])
    }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[0])
    guard b.shape[1] == k else {
        throw TensorError("matmul(transposing:)", "inner dimensions differ (\(k) vs \(b.shape[1]))", shapes: [a.shape, b.shape])
    }
    _ = try checkedElementCount([m, n], operation: "matmul(transposing:)")
    let (aValues, bValues) = (a.storage, b.storage)
    let result = Tensor(unchecked: [m, n], sgemm(transposeB: true, m: m, n: n, k: k, aValues, bValues))
    return recorded(result, "matmul", [a, b]) { g, needed in
        [needed[0] ? sgemm(m: m, n: k, k: n, g, bValues) : nil,
         needed[1] ? sgemm(transposeA: true, m: n, n: k, k: m, g, aValues) : nil]
    }
}

/// A fully connected layer's affine map with an optional bias [out]:
/// - `linear(x, weight: W, bias: b)` with W [in, out] (Keras's Dense kernel): y = x · W + b;
/// - `linear(x, outInWeight: W, bias: b)` with W [out, in] (PyTorch's nn.Linear): y = x · Wᵀ + b.
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) throws -> Tensor {
    try addBias(matmul(x, weight), bias, operation: "linear")
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
