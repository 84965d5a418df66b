/// # Compute: tensors, kernels, autodiff, randomness, optimisers
///
/// The engine both article models train on. Everything is Float32 and runs on the CPU.
///
/// **Tensor** (`Tensor`, this file) — an n-dimensional array in contiguous row-major storage with
/// a `shape`. It is a class (reference semantics, like `torch.Tensor`): `let b = a` names the same
/// tensor. Storage is a Swift `[Float]`, so `reshaped(_:)` and `detached()` are O(1): the new
/// tensor shares the buffer copy-on-write, and a later in-place write to either one copies first —
/// two tensors never alias writes (unlike PyTorch views). Every in-place write (`assign`,
/// `withMutableScalars`, optimiser steps) increments `version`, which the cell cache uses to see
/// mutation. Integer data (labels, class indices) is stored as integral Float values.
///
/// **Operations** — free functions and methods that throw `TensorError` (naming the op and the
/// shapes) on bad shapes or arguments instead of crashing:
/// - arithmetic with NumPy broadcasting: `try a + b`, `-`, `*`, `/`, with `Float` on either side;
///   comparisons `==`, `!=`, `<`, `<=`, `>`, `>=` give a Float 0/1 tensor (no gradient).
/// - `matmul`, `linear(_:weight:bias:)`, `transposed()`, `permuted(_:)`, `reshaped(_:)`, `flattened(startDim:)`,
///   `nhwcToNCHW`/`nchwToNHWC`, `rows(_:)`, `slice(_:)`.
/// - `sum()`, `mean()`, `sum(dim:keepDim:)`, `mean(dim:keepDim:)`, `argmax(dim:)`, `max()`.
/// - `relu`, `sigmoid`, `tanh`, `exp`, `log`, `softmax(_:dim:)`, `logSoftmax(_:dim:)`.
/// - `conv2d` (NCHW, im2col + GEMM), `conv2dReLU` (the same with the activation fused),
///   `maxPool2d`, `dropout`, `resizeBilinear` (antialiased, as torchvision's `Resize(antialias=True)`
///   on tensors).
/// - losses: `crossEntropy(_:labels:)`, `nllLoss(_:labels:)`, `categoricalCrossentropy(_:_:)`
///   (Keras's renormalise + clip), and `oneHot(_:classes:)`.
///
/// **Autodiff** (`Autograd.swift`) — define-by-run. A tensor with `requiresGrad` that takes part in
/// an op makes the result record a `GradientNode` (the op's name, its inputs and a closure for the
/// local gradient, micrograd-style). `try loss.backward()` walks the graph in reverse topological
/// order, accumulates into `grad` of the leaves, then releases the graph. `noGrad { ... }` turns
/// recording off on the current thread only.
///
/// **Randomness** (`RandomGenerator.swift`) — `RandomGenerator(seed:)`, a PCG-XSH-RR generator with
/// explicit state; `Initializer` (`.glorotUniform`, `.kaimingUniform(a:)`, `.uniformFanIn`, `.zeros`)
/// draws parameters from one. No global random state exists anywhere in this module.
///
/// **Optimisers** — `SGD` and `Adam` (protocol `Optimizer`) over `[Tensor]`, with PyTorch's
/// `zeroGrad()`/`step()` semantics and `stateTensors()`/`restoreState(_:)` for the cache.
///
/// **Threads** — `ComputeThreads.count` (default: all cores) for our loops, convolutions and GEMMs
/// (OpenBLAS itself runs single-threaded). Chunking depends only on the thread count, so results
/// are bit-identical run to run.
///
/// **Serialisation** (`TensorSerialization.swift`) — `tensor.serialized()` / `Tensor(serialized:)`,
/// a compact little-endian format that round-trips bit for bit.
///
/// ```swift
/// let rng = RandomGenerator(seed: 0)
/// let w = try Tensor.parameter([784, 10], initializer: .glorotUniform, using: rng)
/// let logits = try matmul(images, w)
/// let loss = try crossEntropy(logits, labels: labels)
/// try loss.backward()          // w.grad now holds dLoss/dw
/// ```
public final class Tensor {
    /// Dimensions, outermost first. `[]` for a scalar.
    public private(set) var shape: [Int]
    /// Row-major element storage; `storage.count == shape.product`.
    public internal(set) var storage: [Float]
    /// Whether gradients flow to this tensor. Leaves with `requiresGrad` receive `grad` in `backward()`.
    public var requiresGrad: Bool
    /// Accumulated gradient (same shape), set by `backward()`; `nil` until then or after `zeroGrad()`.
    public var grad: Tensor?
    /// Incremented by every in-place write to this tensor's elements.
    public private(set) var version: Int = 0
    /// How this tensor was computed, while a graph is recorded; `nil` for leaves.
    public internal(set) var gradientNode: GradientNode?
    /// Set once `backward()` has walked through this tensor and released its graph.
    var graphReleased = false
    /// How many recorded ops still in a graph take this tensor as an input: a masked write refuses
    /// to change it while any does, since their gradients would reach the write.
    var recordedUses = 0

    /// Wraps `storage` without checking; callers inside the module guarantee the count.
    init(unchecked shape: [Int], _ storage: [Float], requiresGrad: Bool = false) {
        self.shape = shape
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// A tensor of `shape` holding `scalars` in row-major order.
    public convenience init(shape: [Int], scalars: [Float], requiresGrad: Bool = false) throws {
        let count = try checkedElementCount(shape, operation: "Tensor(shape:scalars:)")
        guard count == scalars.count else {
            throw TensorError("Tensor(shape:scalars:)", "\(scalars.count) scalars do not fill the shape", shapes: [shape])
        }
        self.init(unchecked: shape, scalars, requiresGrad: requiresGrad)
    }

    /// A scalar (rank-0) tensor.
    public convenience init(_ value: Float) { self.init(unchecked: [], [value]) }

    /// A rank-1 tensor of `scalars`.
    public convenience init(_ scalars: [Float]) { self.init(unchecked: [scalars.count], scalars) }

    /// A tensor of `shape` filled with `value`.
    public static func full(_ shape: [Int], _ value: Float) throws -> Tensor {
        let count = try checkedElementCount(shape, operation: "Tensor.full")
        return Tensor(unchecked: shape, [Float](repeating: value, count: count))
    }

    /// A tensor of `shape` filled with zeros.
    public static func zeros(_ shape: [Int]) throws -> Tensor { try full(shape, 0) }

    /// A tensor of `shape` filled with ones.
    public static func ones(_ shape: [Int]) throws -> Tensor { try full(shape, 1) }

    /// Number of elements.
    public var count: Int { storage.count }
    /// Number of dimensions.
    public var rank: Int { shape.count }
    /// All elements in row-major order (a copy-on-write view of the storage).
    public var scalars: [Float] { storage }

    /// The single element of a one-element tensor (any shape), like `torch.Tensor.item()`.
    public func item() throws -> Float {
        guard storage.count == 1 else {
            throw TensorError("item", "only one-element tensors convert to a number", shapes: [shape])
        }
        return storage[0]
    }

    /// A tensor with the same elements that takes no part in autodiff (shares storage copy-on-write).
    public func detached() -> Tensor { Tensor(unchecked: shape, storage) }

    /// An independent copy of the elements (no gradient history).
    public func copy() -> Tensor { detached() }

    /// Runs `body` on the elements for in-place mutation and increments `version`.
    /// The count must stay the same; changing it throws.
    public func withMutableScalars<R>(_ body: (inout [Float]) throws -> R) throws -> R {
        let count = storage.count
        defer { version += 1 }
        let result = try body(&storage)
        guard storage.count == count else {
            storage = [Float](repeating: 0, count: count)
            throw TensorError("withMutableScalars", "the element count must not change", shapes: [shape])
        }
        return result
    }

    /// Overwrites this tensor's elements with `other`'s (shapes must match); increments `version`.
    public func assign(_ other: Tensor) throws {
        guard other.shape == shape else {
            throw TensorError("assign", "shapes differ", shapes: [shape, other.shape])
        }
        storage = other.storage
        version += 1
    }

    /// Marks an in-place write done by module code directly on `storage`.
    func bumpVersion() { version += 1 }
}

extension Tensor: CustomStringConvertible {
    /// Shape and up to the first eight values, e.g. `Tensor[2, 3] [0.1, 0.2, ...]`.
    public var description: String {
        let shown = storage.prefix(8).map { "\($0)" }.joined(separator: ", ")
        let more = storage.count > 8 ? ", …" : ""
        return "Tensor\(shape) [\(shown)\(more)]"
    }
}

extension Array where Element == Int {
    /// Product of the dimensions (1 for an empty shape).
    var elementCount: Int { reduce(1, *) }
}
