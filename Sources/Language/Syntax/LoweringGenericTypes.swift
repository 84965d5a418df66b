import SwiftSyntax

extension Lowering {
    /// `Set<Int>()`, `Set<Character>(text)`, `[Float](repeating: 0, count: 3)`: the standard
    /// collections' initialisers with written element types. The call is made to the unspecialised
    /// type and its result converted to the written type (so `Set<Double>([1, 2])` holds Doubles).
    /// Nil for any other callee (`Stack<Int>()` is lowered as a call of the type).
    func lowerCollectionInitializer(_ callee: ExprSyntax, _ arguments: [Argument], _ here: Loc) throws -> Expr? {
        let typeText = callee.trimmedDescription
        let baseName: String
        if let generic = callee.as(GenericSpecializationExprSyntax.self),
           let base = generic.expression.as(DeclReferenceExprSyntax.self) {
            baseName = base.baseName.text
        } else if callee.is(ArrayExprSyntax.self) || callee.is(DictionaryExprSyntax.self) {
            baseName = callee.is(ArrayExprSyntax.self) ? "Array" : "Dictionary"
        } else {
            return nil
        }
        guard ["Set", "Array", "Dictionary"].contains(baseName), StaticType(parsing: typeText) != nil else { return nil }
        let call: Expr = arguments.isEmpty && baseName != "Set"
            ? (baseName == "Array" ? .array([], here) : .dictionary([], here))
            : .call(.name(NameRef(baseName, here)), arguments, here)
        return .coerce(call, typeName: typeText)
    }

    /// `xs.reduce(into: [:]) { counts, x in counts[x, default: 0] += 1 }`: the closure's first
    /// parameter is `inout`, as Swift declares it, so the closure may change the accumulator.
    func markReduceIntoAccumulator(_ callee: ExprSyntax, _ arguments: [Argument]) {
        guard callee.as(MemberAccessExprSyntax.self)?.declName.baseName.text == "reduce", arguments.first?.label == "into",
              arguments.count == 2, case .closure(let decl) = arguments[1].value, !decl.parameters.isEmpty else { return }
        decl.parameters[0].isInout = true
    }
}

extension Lowering {
    /// `Int?` or `[Double]?` before a member (`Int?.none`): the type `Optional<Int>`, so it means
    /// what `Optional<Int>.none` means. Nil for any other base (`node?.next` is an optional chain).
    func optionalTypeReference(_ base: ExprSyntax) -> Expr? {
        guard let chain = base.as(OptionalChainingExprSyntax.self) else { return nil }
        let wrapped = chain.expression
        let looksLikeType = wrapped.is(ArrayExprSyntax.self) || wrapped.is(DictionaryExprSyntax.self)
            || wrapped.is(GenericSpecializationExprSyntax.self)
            || (wrapped.as(DeclReferenceExprSyntax.self)?.baseName.text.first?.isUppercase ?? false)
        guard looksLikeType, StaticType(parsing: wrapped.trimmedDescription) != nil else { return nil }
        let ref = NameRef("Optional", loc(chain))
        ref.typeArguments = [wrapped.trimmedDescription]
        return .name(ref)
    }
}
