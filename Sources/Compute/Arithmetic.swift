/// Element-wise arithmetic with broadcasting and its gradients, plus the operator spellings
/// notebook cells use (`try a + b`, `try x * 2`, `try pred == labels`).

/// `a + b` with broadcasting.
public func add(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: "+")
    let result = Tensor(unchecked: shape, broadcastBinary(a.storage, a.shape, b.storage, b.shape, shape, Sum.self))
    let (aShape, bShape) = (a.shape, b.shape)
    return recorded(result, "add", [a, b]) { g, needed in
        [needed[0] ? reduceBroadcast(g, from: shape, to: aShape) : nil,
         needed[1] ? reduceBroadcast(g, from: shape, to: bShape) : nil]
    }
}

/// `a - b` with broadcasting.
public func subtract(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: "-")
    let result = Tensor(unchecked: shape, broadcastBinary(a.storage, a.shape, b.storage, b.shape, shape, Difference.self))
    let (aShape, bShape) = (a.shape, b.shape)
    return recorded(result, "subtract", [a, b]) { g, needed in
        [needed[0] ? reduceBroadcast(g, from: shape, to: aShape) : nil,
         needed[1] ? reduceBroadcast(g.map { -$0 }, from: shape, to: bShape) : nil]
    }
}

/// `a * b` element-wise with broadcasting.
public func multiply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: "*")
    let (aValues, bValues, aShape, bShape) = (a.storage, b.storage, a.shape, b.shape)
    let result = Tensor(unchecked: shape, broadcastBinary(aValues, aShape, bValues, bShape, shape, Product.self))
    return recorded(result, "multiply", [a, b]) { g, needed in
        [needed[0] ? reduceBroadcast(broadcastBinary(g, shape, bValues, bShape, shape, Product.self), from: shape, to: aShape) : nil,
         needed[1] ? reduceBroadcast(broadcastBinary(g, shape, aValues, aShape, shape, Product.self), from: shape, to: bShape) : nil]
    }
}

/// `a / b` element-wise with broadcasting (IEEE semantics: x/0 is ±inf or nan, never an error).
public func divide(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: "/")
    let (bValues, aShape, bShape) = (b.storage, a.shape, b.shape)
    let output = broadcastBinary(a.storage, aShape, bValues, bShape, shape, Quotient.self)
    let result = Tensor(unchecked: shape, output)
    return recorded(result, "divide", [a, b]) { g, needed in
        let gOverB = broadcastBinary(g, shape, bValues, bShape, shape, Quotient.self)
        return [needed[0] ? reduceBroadcast(gOverB, from: shape, to: aShape) : nil,
                needed[1] ? reduceBroadcast(broadcastBinary(gOverB, shape, output, shape, shape, NegatedProduct.self),
                                            from: shape, to: bShape) : nil]
    }
}

/// Element-wise comparison giving 1 where `C` holds and 0 elsewhere; never records gradients.
func compare<C: BinaryElementFunction>(_ a: Tensor, _ b: Tensor, _ operation: String, _ comparison: C.Type) throws -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape, operation: operation)
    return Tensor(unchecked: shape, broadcastBinary(a.storage, a.shape, b.storage, b.shape, shape, comparison))
}

extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try add(a, b) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try subtract(a, b) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try multiply(a, b) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try divide(a, b) }
    public static func + (a: Tensor, b: Float) throws -> Tensor { try add(a, Tensor(b)) }
    public static func - (a: Tensor, b: Float) throws -> Tensor { try subtract(a, Tensor(b)) }
    public static func * (a: Tensor, b: Float) throws -> Tensor { try multiply(a, Tensor(b)) }
    public static func / (a: Tensor, b: Float) throws -> Tensor { try divide(a, Tensor(b)) }
    public static func + (a: Float, b: Tensor) throws -> Tensor { try add(Tensor(a), b) }
    public static func - (a: Float, b: Tensor) throws -> Tensor { try subtract(Tensor(a), b) }
    public static func * (a: Float, b: Tensor) throws -> Tensor { try multiply(Tensor(a), b) }
    public static func / (a: Float, b: Tensor) throws -> Tensor { try divide(Tensor(a), b) }
    /// Negation, `-x` (differentiable).
    public static prefix func - (x: Tensor) -> Tensor {
        let result = Tensor(unchecked: x.shape, x.storage.map { -$0 })
        return recorded(result, "negate", [x]) { g, _ in [g.map { -$0 }] }
    }

    /// Float 0/1 tensors from element-wise comparisons (with broadcasting), e.g. accuracy as
    /// `try (pred == labels).mean()`. No gradient flows through a comparison.
    public static func == (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, "==", Equal.self) }
    public static func != (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, "!=", NotEqual.self) }
    public static func < (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, "<", Less.self) }
    public static func <= (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, "<=", LessOrEqual.self) }
    public static func > (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, ">", Greater.self) }
    public static func >= (a: Tensor, b: Tensor) throws -> Tensor { try compare(a, b, ">=", GreaterOrEqual.self) }
    public static func == (a: Tensor, b: Float) throws -> Tensor { try compare(a, Tensor(b), "==", Equal.self) }
    public static func < (a: Tensor, b: Float) throws -> Tensor { try compare(a, Tensor(b), "<", Less.self) }
    public static func > (a: Tensor, b: Float) throws -> Tensor { try compare(a, Tensor(b), ">", Greater.self) }
}
