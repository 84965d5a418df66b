import Compute
import Language

/// Tensor math for cells, in Swift spellings with PyTorch's names where it has one:
///
///     let x = Tensor.randn([100, 3])
///     let w = Tensor.zeros([3, 1], requiresGrad: true)
///     let loss = pow(x.matmul(w) - y, 2).mean()
///     loss.backward()
///     noGrad { w -= 0.1 * w.grad! }            // in place: w stays a leaf
///     x.max(dim: 1, keepDim: true); x.std(dim: 0); x[0..<10, 2]; x[x > 0]
///     torch.cat([a, b], dim: 1); torch.noGrad { ... }; torch.manualSeed(0)
///
/// Reductions take `keepDim:` and PyTorch's `keepdim:`. Element-wise functions exist as methods
/// (`x.exp()`) and as free functions (`exp(x)`, next to the numeric ones).
enum TensorMathBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Tensor.self, "Tensor") { t in
            for (name, function) in elementFunctions {
                t.method(name) { x, _ in function(x) }
            }
            t.method("pow", "_ exponent: Double") { x, a in pow(x, try a.get("exponent", as: Float.self)) }
            t.method("clamp", "min: Double? = nil, max: Double? = nil") { x, a in
                try clamp(x, min: try a.optional("min", as: Float.self), max: try a.optional("max", as: Float.self))
            }
            installReductions(t)
            installShapeMethods(t)
            t.method("matmul", "_ other: Tensor") { x, a in try matmul(x, try a.get("other", as: Tensor.self)) }
            t.method("eq", "_ other: Tensor") { x, a in try x == (try a.get("other", as: Tensor.self)) }
            t.method("eq", "_ other: Double") { x, a in try x == (try a.get("other", as: Float.self)) }
            t.method("zeroGrad") { x, _ in x.zeroGrad() }
            t.subscripting("_ indices: Any...") { x, a in try subscripted(x, try a.get("indices", as: [Value].self)) }
            t.subscriptAssigning("_ mask: Tensor, newValue: Tensor") { x, a in
                try x.assign(where: try a.get("mask", as: Tensor.self), try a.get("newValue", as: Tensor.self))
            }
            t.subscriptAssigning("_ mask: Tensor, newValue: Double") { x, a in
                try x.assign(where: try a.get("mask", as: Tensor.self), Tensor(try a.get("newValue", as: Float.self)))
            }
            for (name, creation) in creations { t.staticMethod(name, creation.signature, creation.body(environment)) }
        }
        for (name, function) in elementFunctions {
            bindings.function(name, "_ x: Tensor") { a in function(try a.get("x", as: Tensor.self)) }
        }
        bindings.function("pow", "_ x: Tensor, _ exponent: Double") { a in pow(try a.get("x", as: Tensor.self), try a.get("exponent", as: Float.self)) }
        bindings.function("maximum", "_ a: Tensor, _ b: Tensor") { a in try maximum(try a.get("a", as: Tensor.self), try a.get("b", as: Tensor.self)) }
        bindings.function("minimum", "_ a: Tensor, _ b: Tensor") { a in try minimum(try a.get("a", as: Tensor.self), try a.get("b", as: Tensor.self)) }
        bindings.function("cat", "_ tensors: [Tensor], dim: Int = 0") { a in try cat(try a.array("tensors", of: Tensor.self), dim: try a.int("dim")) }
        bindings.function("stack", "_ tensors: [Tensor], dim: Int = 0") { a in try stack(try a.array("tensors", of: Tensor.self), dim: try a.int("dim")) }
        bindings.binaryOperator("-=") { (x: Tensor, y: Tensor) in try x.subtractInPlace(y) }
        bindings.binaryOperator("+=") { (x: Tensor, y: Tensor) in try x.addInPlace(y) }
        bindings.binaryOperator("*=") { (x: Tensor, y: Tensor) in try x.multiplyInPlace(y) }
        bindings.binaryOperator("/=") { (x: Tensor, y: Tensor) in try x.divideInPlace(y) }
        bindings.binaryOperator("-=") { (x: Tensor, y: Float) in try x.subtractInPlace(Tensor(y)) }
        bindings.binaryOperator("+=") { (x: Tensor, y: Float) in try x.addInPlace(Tensor(y)) }
        bindings.binaryOperator("*=") { (x: Tensor, y: Float) in try x.multiplyInPlace(Tensor(y)) }
        bindings.binaryOperator("/=") { (x: Tensor, y: Float) in try x.divideInPlace(Tensor(y)) }
        TorchTensorBindings.install(into: bindings, environment: environment)
    }

    /// The differentiable element-wise functions taking one tensor.
    static let elementFunctions: [(String, (Tensor) -> Tensor)] = [
        ("exp", exp), ("log", log), ("sqrt", sqrt), ("abs", abs), ("sigmoid", sigmoid), ("tanh", tanh), ("relu", relu),
        ("floor", { rounded($0, .down) }), ("ceil", { rounded($0, .up) }), ("round", { rounded($0, .toNearestOrEven) }),
        ("trunc", { rounded($0, .towardZero) }),
    ]

    /// A creation function: its signature and its body given the environment (for the cell's generator).
    struct Creation {
        let signature: String
        let body: (NotebookEnvironment) -> (Arguments) throws -> Tensor
    }

    /// Functions that make tensors, as `Tensor.name(...)` and `torch.name(...)`.
    static let creations: KeyValuePairs<String, Creation> = [
        "arange": Creation(signature: "_ start: Double, _ end: Double? = nil, step: Double = 1") { _ in { a in
            let first = try a.get("start", as: Float.self)
            guard let end = try a.optional("end", as: Float.self) else { return try Tensor.arange(0, first) }
            return try Tensor.arange(first, end, step: try a.get("step", as: Float.self))
        } },
        "linspace": Creation(signature: "_ start: Double, _ end: Double, _ steps: Int") { _ in { a in
            try Tensor.linspace(try a.get("start", as: Float.self), try a.get("end", as: Float.self), count: try a.int("steps"))
        } },
        "eye": Creation(signature: "_ n: Int, _ m: Int? = nil") { _ in { a in try Tensor.eye(try a.int("n"), try a.optional("m", as: Int.self)) } },
        "rand": Creation(signature: "_ shape: Int...") { environment in { a in
            try Tensor.uniform(try dimensions(a["shape"]), using: environment.cell.random)
        } },
        "zerosLike": Creation(signature: "_ x: Tensor") { _ in { a in try a.get("x", as: Tensor.self).filledLike(0) } },
        "onesLike": Creation(signature: "_ x: Tensor") { _ in { a in try a.get("x", as: Tensor.self).filledLike(1) } },
    ]

    /// PyTorch's `x.max(dim:)` and `x.min(dim:)`: the pair `(values, indices)`, the values
    /// differentiable, the indices those of the first extreme along `dim`.
    static func valuesAndIndices(_ x: Tensor, dim: Int, keepDim: Bool = false, largest: Bool) throws -> Value {
        let values = largest ? try x.max(dim: dim, keepDim: keepDim) : try x.min(dim: dim, keepDim: keepDim)
        let indices = largest ? try x.argmax(dim: dim, keepDim: keepDim) : try x.argmin(dim: dim, keepDim: keepDim)
        return .tuple([.host(values), .host(indices)], labels: ["values", "indices"])
    }

    private static func installReductions(_ t: TypeBuilder<Tensor>) {
        for keep in ["keepDim", "keepdim"] {
            t.method("sum", "dim: Int, \(keep): Bool = false") { x, a in try x.sum(dim: try a.int("dim"), keepDim: try a.bool(keep)) }
            t.method("mean", "dim: Int, \(keep): Bool = false") { x, a in try x.mean(dim: try a.int("dim"), keepDim: try a.bool(keep)) }
            t.method("max", "(dim: Int, \(keep): Bool = false) -> (values: Tensor, indices: Tensor)") { x, a in
                try valuesAndIndices(x, dim: try a.int("dim"), keepDim: try a.bool(keep), largest: true)
            }
            t.method("min", "(dim: Int, \(keep): Bool = false) -> (values: Tensor, indices: Tensor)") { x, a in
                try valuesAndIndices(x, dim: try a.int("dim"), keepDim: try a.bool(keep), largest: false)
            }
            t.method("argmax", "dim: Int, \(keep): Bool = false") { x, a in try x.argmax(dim: try a.int("dim"), keepDim: try a.bool(keep)) }
            t.method("argmin", "dim: Int, \(keep): Bool = false") { x, a in try x.argmin(dim: try a.int("dim"), keepDim: try a.bool(keep)) }
            t.method("std", "dim: Int, \(keep): Bool = false, unbiased: Bool = true") { x, a in
                try x.std(dim: try a.int("dim"), keepDim: try a.bool(keep), unbiased: try a.bool("unbiased"))
            }
            t.method("variance", "dim: Int, \(keep): Bool = false, unbiased: Bool = true") { x, a in
                try x.variance(dim: try a.int("dim"), keepDim: try a.bool(keep), unbiased: try a.bool("unbiased"))
            }
        }
        t.method("min") { x, _ in try x.min() }
        t.method("std", "unbiased: Bool = true") { x, a in try x.std(unbiased: try a.bool("unbiased")) }
        t.method("variance", "unbiased: Bool = true") { x, a in try x.variance(unbiased: try a.bool("unbiased")) }
    }

    private static func installShapeMethods(_ t: TypeBuilder<Tensor>) {
        t.method("view", "_ shape: Int...") { x, a in try x.reshaped(try dimensions(a["shape"])) }
        t.method("reshape", "_ shape: Int...") { x, a in try x.reshaped(try dimensions(a["shape"])) }
        t.method("transpose", "_ dim0: Int, _ dim1: Int") { x, a in try transposed(x, try a.int("dim0"), try a.int("dim1")) }
        // A copy that keeps the graph (`clone`), or leaves it (`detach`); tensors are contiguous.
        t.method("clone") { x, _ in try x.reshaped(x.shape) }
        t.method("detach") { x, _ in x.detached() }
        t.method("contiguous") { x, _ in x }
        t.method("viewAs", "_ other: Tensor") { x, a in try x.reshaped(try a.get("other", as: Tensor.self).shape) }
        t.method("unsqueeze", "_ dim: Int") { x, a in try x.unsqueezed(try a.int("dim")) }
        t.method("squeeze", "_ dim: Int? = nil") { x, a in
            guard let dim = try a.optional("dim", as: Int.self) else { return try x.squeezed() }
            return try x.squeezed(dim)
        }
        t.method("permute", "_ dims: Int...") { x, a in try x.permuted(try dimensions(a["dims"])) }
        t.method("flatten", "startDim: Int = 0") { x, a in try x.flattened(startDim: try a.int("startDim")) }
        t.method("flatten", "_ startDim: Int") { x, a in try x.flattened(startDim: try a.int("startDim")) }
        t.method("split", "_ size: Int, dim: Int = 0") { x, a in try x.split(try a.int("size"), dim: try a.int("dim")) }
        t.method("chunk", "_ chunks: Int, dim: Int = 0") { x, a in try x.chunk(try a.int("chunks"), dim: try a.int("dim")) }
        // Every tensor holds 32-bit floats, PyTorch's default dtype: `(a == b).float()` is the tensor
        // itself, and `.long()` or `.int()` keeps the whole numbers a cast to integers gives
        // (toward zero), still stored as floats, which is what labels and counts need.
        t.method("float") { x, _ in x }
        t.method("long") { x, _ in rounded(x, .towardZero) }
        t.method("int") { x, _ in rounded(x, .towardZero) }
    }

    /// `x.transpose(0, 1)`: `x` with two dimensions swapped (negative ones count from the end).
    private static func transposed(_ x: Tensor, _ first: Int, _ second: Int) throws -> Tensor {
        let rank = x.rank
        let (a, b) = (first < 0 ? first + rank : first, second < 0 ? second + rank : second)
        guard (0..<rank).contains(a), (0..<rank).contains(b) else {
            throw BindingError("transpose: dimensions \(first) and \(second) do not both exist in a tensor of rank \(rank)")
        }
        var order = Array(0..<rank)
        order.swapAt(a, b)
        return try x.permuted(order)
    }

    /// Dimensions given as separate Ints (`view(2, 3)`) or as one array or tuple (`view([2, 3])`).
    static func dimensions(_ value: Value) throws -> [Int] {
        if case .array(let items) = value, items.count == 1, let inner = [Int](scriptValue: items[0]) { return inner }
        guard let dimensions = [Int](scriptValue: value) else {
            throw BindingError("dimensions must be Ints or one array of Ints, got \(value.typeName)")
        }
        return dimensions
    }

    /// `x[i, j]`, `x[0..<10, 2]`, `x[.all, 1]` (a whole dimension) or `x[mask]` (a 0/1 tensor of x's shape).
    private static func subscripted(_ x: Tensor, _ indices: [Value]) throws -> Tensor {
        if indices.count == 1, let mask = indices[0].hostValue as? Tensor { return try x.masked(by: mask) }
        return try x.indexed(indices.enumerated().map { axis, value in
            switch value {
            case .int(let position): return .at(position)
            case .range(let lower, var upper, _):
                // A one-sided range (`x[2..., 0]`) runs to the end of its dimension.
                if upper == Int.max, axis < x.rank { upper = max(x.shape[axis], lower) }
                guard lower <= upper else { throw BindingError("a tensor subscript range must not be reversed, got \(lower)..<\(upper)") }
                return .range(lower..<upper)
            case .symbol("all"): return .all
            default:
                throw BindingError("a tensor subscript takes Ints, ranges, .all or one mask Tensor, got \(value.typeName)")
            }
        })
    }
}
