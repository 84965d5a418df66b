/// Optional values used as if they were their wrapped value, reported before anything runs, in
/// swiftc's words: `n + 1` with `n: Int?`, `f(n)` for a parameter of type `Int`. (A `T!`
/// declaration is `.implicitlyUnwrapped` and may be used so; only a `T?` is reported.)
extension TypeChecker {
    /// The message for a `T?` given where its wrapped `T` is required, with swiftc's fix-its.
    func unwrapMessage(_ wrapped: StaticType) -> String {
        "value of optional type '\(wrapped)?' must be unwrapped to a value of type '\(wrapped)'; "
            + "coalesce with '?? default', force-unwrap with '!' or unwrap it with 'if let'"
    }

    /// An operand of arithmetic or of an ordering comparison that is a `T?` of a scalar `T`
    /// (`==` and `!=` compare optionals in Swift, so they are not reported).
    func requireUnwrappedOperands(_ op: BinaryOperator, _ operands: [(type: StaticType?, expr: Expr)]) -> Bool {
        guard op.isArithmetic || [.less, .lessEqual, .greater, .greaterEqual].contains(op) else { return false }
        var reported = false
        for operand in operands {
            guard case .optional(let wrapped)? = operand.type, wrapped.isScalar else { continue }
            error(unwrapMessage(wrapped), operand.expr.loc)
            reported = true
        }
        return reported
    }
}
