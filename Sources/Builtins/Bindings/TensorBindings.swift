import Compute
import Language

/// The `Tensor` type of the cell language and its operators, over Compute's `Tensor`:
///
///     let x = Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
///     let y = (x * 2 + 1).reshaped([3, 2])       // arithmetic broadcasts, with numbers on either side
///     let w = Tensor.random([3, 2])              // drawn from the cell's own generator
///     (x.argmax(dim: 1) == Tensor([2, 2])).mean().item()
///     noGrad { ... }
///
/// Values are Float32 inside; numbers come back to cells as Double.
enum TensorBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Tensor.self, "Tensor") { t in
            t.fingerprint(version: \.version)
            t.snapshot(kind: "tensor", version: 1, write: { tensor, emit in try tensor.serialize(inPieces: emit) },
                       read: { try Tensor(serialized: $0) })
            t.initializer("_ values: [Double], shape: [Int]") { a in
                try Tensor(shape: try a.get("shape", as: [Int].self), scalars: try a.get("values", as: [Float].self))
            }
            t.initializer("_ values: [Double]") { a in Tensor(try a.get("values", as: [Float].self)) }
            t.initializer("_ value: Double") { a in Tensor(try a.get("value", as: Float.self)) }
            t.staticMethod("zeros", "_ shape: [Int]") { a in try Tensor.zeros(try a.shape("shape")) }
            t.staticMethod("ones", "_ shape: [Int]") { a in try Tensor.ones(try a.shape("shape")) }
            t.staticMethod("full", "_ shape: [Int], _ value: Double") { a in
                try Tensor.full(try a.shape("shape"), try a.get("value", as: Float.self))
            }
            t.staticMethod("random", "_ shape: [Int], low: Double = 0, high: Double = 1") { a in
                let random = environment.cell.random
                let low = try a.get("low", as: Float.self), high = try a.get("high", as: Float.self)
                return try filled(try a.shape("shape")) { random.uniform(low, high) }
            }
            t.staticMethod("randn", "_ shape: [Int], mean: Double = 0, std: Double = 1") { a in
                let random = environment.cell.random
                let mean = try a.get("mean", as: Float.self), std = try a.get("std", as: Float.self)
                return try filled(try a.shape("shape")) { random.normal(mean: mean, standardDeviation: std) }
            }
            t.staticMethod("arange", "_ count: Int") { a in
                let count = try a.int("count")
                guard count >= 0 else { throw BindingError("Tensor.arange needs a count ≥ 0, got \(count)") }
                return Tensor((0..<count).map(Float.init))
            }

            t.property("shape") { $0.shape }
            t.property("count") { $0.count }
            t.property("rank") { $0.rank }
            t.property("scalars") { $0.scalars.map(Double.init) }
            t.property("grad") { $0.grad as Any? }
            t.property("requiresGrad", get: { $0.requiresGrad }, set: { tensor, value in
                guard let flag = Bool(scriptValue: value) else { throw BindingError("requiresGrad expects a Bool") }
                tensor.requiresGrad = flag
            })

            t.method("item") { x, _ in Double(try x.item()) }
            t.method("sum") { x, _ in x.sum() }
            t.method("sum", "dim: Int, keepDim: Bool = false") { x, a in try x.sum(dim: try a.int("dim"), keepDim: try a.bool("keepDim")) }
            t.method("mean") { x, _ in x.mean() }
            t.method("mean", "dim: Int, keepDim: Bool = false") { x, a in try x.mean(dim: try a.int("dim"), keepDim: try a.bool("keepDim")) }
            t.method("max") { x, _ in try x.max() }
            t.method("argmax", "dim: Int") { x, a in try x.argmax(dim: try a.int("dim")) }
            t.method("reshaped", "_ shape: [Int]") { x, a in try x.reshaped(try a.shape("shape")) }
            t.method("reshaped", "_ dimensions: Int...") { x, a in try x.reshaped(try a.get("dimensions", as: [Int].self)) }
            t.method("flattened", "startDim: Int = 0") { x, a in try x.flattened(startDim: try a.int("startDim")) }
            t.method("transposed") { x, _ in try x.transposed() }
            t.method("permuted", "_ order: [Int]") { x, a in try x.permuted(try a.shape("order")) }
            t.method("detached") { x, _ in x.detached() }
            t.method("backward") { x, _ in try x.backward() }
            t.subscripting("_ index: Int") { x, a in try row(x, try a.int("index")) }
            t.subscripting("_ range: Range<Int>") { x, a in
                guard case .range(let lower, let upper) = a["range"] else {
                    throw BindingError("a tensor subscript takes an Int or a range, got \(a["range"].typeName)")
                }
                return try x.slice(lower..<upper)
            }
        }
        installOperators(into: bindings)
        bindings.function("matmul", "_ a: Tensor, _ b: Tensor") { a in try matmul(try a.get(0, as: Tensor.self), try a.get(1, as: Tensor.self)) }
        bindings.function("noGrad", "_ body: () -> Void") { a in
            let body = try a.function("body")
            return try noGrad { try body([]) }
        }
    }

    private static func installOperators(into bindings: Bindings) {
        bindings.binaryOperator("+") { (a: Tensor, b: Tensor) in try a + b }
        bindings.binaryOperator("-") { (a: Tensor, b: Tensor) in try a - b }
        bindings.binaryOperator("*") { (a: Tensor, b: Tensor) in try a * b }
        bindings.binaryOperator("/") { (a: Tensor, b: Tensor) in try a / b }
        bindings.binaryOperator("+") { (a: Tensor, b: Float) in try a + b }
        bindings.binaryOperator("-") { (a: Tensor, b: Float) in try a - b }
        bindings.binaryOperator("*") { (a: Tensor, b: Float) in try a * b }
        bindings.binaryOperator("/") { (a: Tensor, b: Float) in try a / b }
        bindings.binaryOperator("+") { (a: Float, b: Tensor) in try a + b }
        bindings.binaryOperator("-") { (a: Float, b: Tensor) in try a - b }
        bindings.binaryOperator("*") { (a: Float, b: Tensor) in try a * b }
        bindings.binaryOperator("/") { (a: Float, b: Tensor) in try a / b }
        bindings.binaryOperator("==") { (a: Tensor, b: Tensor) in try a == b }
        bindings.binaryOperator("!=") { (a: Tensor, b: Tensor) in try a != b }
        bindings.binaryOperator("<") { (a: Tensor, b: Tensor) in try a < b }
        bindings.binaryOperator("<=") { (a: Tensor, b: Tensor) in try a <= b }
        bindings.binaryOperator(">") { (a: Tensor, b: Tensor) in try a > b }
        bindings.binaryOperator(">=") { (a: Tensor, b: Tensor) in try a >= b }
        bindings.binaryOperator("==") { (a: Tensor, b: Float) in try a == Tensor(b) }
        bindings.binaryOperator("!=") { (a: Tensor, b: Float) in try a != Tensor(b) }
        bindings.binaryOperator("<") { (a: Tensor, b: Float) in try a < Tensor(b) }
        bindings.binaryOperator("<=") { (a: Tensor, b: Float) in try a <= Tensor(b) }
        bindings.binaryOperator(">") { (a: Tensor, b: Float) in try a > Tensor(b) }
        bindings.binaryOperator(">=") { (a: Tensor, b: Float) in try a >= Tensor(b) }
        bindings.prefixOperator("-") { (a: Tensor) in -a }
    }

    /// A tensor of `shape` whose values come from `next`, drawn in row-major order.
    private static func filled(_ shape: [Int], _ next: () -> Float) throws -> Tensor {
        let zeros = try Tensor.zeros(shape)
        return try Tensor(shape: shape, scalars: (0..<zeros.count).map { _ in next() })
    }

    /// Row `index` of the first dimension, without that dimension (`images[0]` is one image).
    private static func row(_ x: Tensor, _ index: Int) throws -> Tensor {
        guard let first = x.shape.first else { throw BindingError("a scalar tensor cannot be subscripted") }
        guard index >= 0 && index < first else {
            throw BindingError("index \(index) is out of range for a tensor of shape \(x.shape)")
        }
        return try x.slice(index..<(index + 1)).reshaped(Array(x.shape.dropFirst()))
    }
}
