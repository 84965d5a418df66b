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
    /// `[[Double]]` for rank 2, `[[[Double]]]` for rank 3...
    static func nestedType(_ rank: Int) -> String { String(repeating: "[", count: rank) + "Double" + String(repeating: "]", count: rank) }

    /// `Tensor([[1, 2], [3, 4]])`, as `torch.tensor` takes nested lists: the shape is the nesting,
    /// and every row of a level must have the same length.
    static func nested(_ value: Value, requiresGrad: Bool) throws -> Tensor {
        var shape: [Int] = []
        var scalars: [Float] = []
        func walk(_ value: Value, depth: Int) throws {
            switch value {
            case .array(let items):
                if depth == shape.count { shape.append(items.count) } else if shape[depth] != items.count {
                    throw BindingError("Tensor: the rows of a nested array must have the same length; found \(items.count) where \(shape[depth]) came before")
                }
                for item in items { try walk(item, depth: depth + 1) }
            case .int(let int) where depth == shape.count: scalars.append(Float(int))
            case .double(let double) where depth == shape.count: scalars.append(Float(double))
            case .float(let float) where depth == shape.count: scalars.append(float)
            default: throw BindingError("Tensor: expected numbers nested \(shape.count) deep, got \(value.typeName)")
            }
        }
        try walk(value, depth: 0)
        return try Tensor(shape: shape, scalars: scalars, requiresGrad: requiresGrad)
    }

    /// What the cell cache compares to see a tensor change: its identity, its elements' version,
    /// and its gradient's (a cell that only calls `backward()` changes the gradients an optimiser
    /// in a later cell steps with).
    static func cacheFingerprint(_ tensor: Tensor) -> String {
        "\(ObjectIdentifier(tensor).hashValue)v\(tensor.version)g" + gradientFingerprint(tensor)
    }

    /// The identity and version of a tensor's gradient, or "-" without one.
    static func gradientFingerprint(_ tensor: Tensor) -> String {
        tensor.grad.map { "\(ObjectIdentifier($0).hashValue)v\($0.version)" } ?? "-"
    }

    /// A tensor as the cell cache stores it: Compute's list form holding the tensor, then its
    /// gradient when it has one, streamed piece by piece (the article's images are 188 MB).
    private static func writeSnapshot(_ tensor: Tensor, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var count = UInt32(tensor.grad == nil ? 1 : 2).littleEndian
        try withUnsafeBytes(of: &count, emit)
        try tensor.serialize(inPieces: emit)
        try tensor.grad?.serialize(inPieces: emit)
    }

    private static func readSnapshot(_ bytes: [UInt8]) throws -> (Tensor, Tensor?) {
        let tensors = try Tensor.deserializeList(bytes)
        guard (1...2).contains(tensors.count), tensors.count == 1 || tensors[1].shape == tensors[0].shape else {
            throw BindingError("a stored tensor is corrupt")
        }
        return (tensors[0], tensors.count == 2 ? tensors[1] : nil)
    }

    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.type(Tensor.self, "Tensor") { t in
            t.fingerprint(cacheFingerprint)
            t.sharedSnapshot(kind: "tensor", version: 2, write: writeSnapshot, read: { bytes in
                let (tensor, gradient) = try readSnapshot(bytes)
                tensor.grad = gradient
                return tensor
            }, reload: { tensor, bytes in
                let (stored, gradient) = try readSnapshot(bytes)
                try tensor.assign(stored)
                tensor.requiresGrad = stored.requiresGrad
                tensor.grad = gradient
            })
            t.initializer("_ values: [Double], shape: [Int]? = nil, requiresGrad: Bool = false") { a in
                let values = try a.get("values", as: [Float].self)
                return try Tensor(shape: try a.optional("shape", as: [Int].self) ?? [values.count], scalars: values,
                                  requiresGrad: try a.bool("requiresGrad"))
            }
            t.initializer("_ value: Double") { a in Tensor(try a.get("value", as: Float.self)) }
            for rank in 2...4 {
                t.initializer("_ values: \(nestedType(rank)), requiresGrad: Bool = false") { a in
                    try nested(a["values"], requiresGrad: try a.bool("requiresGrad"))
                }
            }
            t.staticMethod("zeros", "_ shape: [Int], requiresGrad: Bool = false") { a in
                let zeros = try Tensor.zeros(try a.shape("shape"))
                zeros.requiresGrad = try a.bool("requiresGrad")
                return zeros
            }
            t.staticMethod("ones", "_ shape: [Int]") { a in try Tensor.ones(try a.shape("shape")) }
            t.staticMethod("full", "_ shape: [Int], _ value: Double") { a in
                try Tensor.full(try a.shape("shape"), try a.get("value", as: Float.self))
            }
            t.staticMethod("random", "_ shape: [Int], low: Double = 0, high: Double = 1") { a in
                try Tensor.uniform(try a.shape("shape"), low: try a.get("low", as: Float.self), high: try a.get("high", as: Float.self),
                                   using: environment.cell.random)
            }
            t.staticMethod("randn", "_ shape: [Int], mean: Double = 0, std: Double = 1") { a in
                try Tensor.normal(try a.shape("shape"), mean: try a.get("mean", as: Float.self), std: try a.get("std", as: Float.self),
                                  using: environment.cell.random)
            }

            t.property("shape") { $0.shape }
            t.property("count") { $0.count }
            t.property("rank") { $0.rank }
            t.property("scalars") { $0.scalars.map(Double.init) }
            t.property("grad", get: { $0.grad }, set: { tensor, value in
                if case .none = value { tensor.grad = nil; return }
                guard let grad = value.hostValue as? Tensor, grad.shape == tensor.shape else {
                    throw BindingError("grad expects nil or a Tensor of shape \(tensor.shape), got \(value.typeName)")
                }
                tensor.grad = grad
            })
            t.property("requiresGrad", get: { $0.requiresGrad }, set: { tensor, value in
                guard let flag = Bool(scriptValue: value) else { throw BindingError("requiresGrad expects a Bool") }
                tensor.requiresGrad = flag
            })

            t.method("item") { x, _ in Double(try x.item()) }
            t.method("sum") { x, _ in x.sum() }
            t.method("mean") { x, _ in x.mean() }
            t.method("max") { x, _ in try x.max() }
            t.method("reshaped", "_ shape: [Int]") { x, a in try x.reshaped(try a.shape("shape")) }
            t.method("reshaped", "_ dimensions: Int...") { x, a in try x.reshaped(try a.get("dimensions", as: [Int].self)) }
            t.method("flattened", "startDim: Int = 0") { x, a in try x.flattened(startDim: try a.int("startDim")) }
            t.method("transposed") { x, _ in try x.transposed() }
            t.method("permuted", "_ order: [Int]") { x, a in try x.permuted(try a.shape("order")) }
            t.method("detached") { x, _ in x.detached() }
            t.method("backward") { x, _ in try x.backward() }
        }
        installOperators(into: bindings)
        bindings.function("matmul", "_ a: Tensor, _ b: Tensor") { a in try matmul(try a.get(0, as: Tensor.self), try a.get(1, as: Tensor.self)) }
        bindings.function("noGrad", "(_ body: () -> T) -> T") { a in
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
}
