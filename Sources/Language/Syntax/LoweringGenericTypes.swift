import SwiftSyntax

extension Lowering {
    /// `Set<Int>()`, `Set<Character>(text)`, `Array<Double>(xs)`: the standard collections'
    /// initialisers with written element types. The call is made to the unspecialised type and its
    /// result converted to the written type (so `Set<Double>([1, 2])` holds Doubles). Nil for other
    /// generic types (`Stack<Int>()`), which are lowered as calls of the type.
    func lowerSpecializedInitializer(_ generic: GenericSpecializationExprSyntax, _ arguments: [Argument], _ here: Loc) throws -> Expr? {
        let typeText = generic.trimmedDescription
        guard let base = generic.expression.as(DeclReferenceExprSyntax.self),
              ["Set", "Array", "Dictionary"].contains(base.baseName.text), StaticType(parsing: typeText) != nil else {
            return nil
        }
        let call: Expr = arguments.isEmpty && base.baseName.text != "Set"
            ? (base.baseName.text == "Array" ? .array([], here) : .dictionary([], here))
            : .call(.name(NameRef(base.baseName.text, loc(base))), arguments, here)
        return .coerce(call, typeName: typeText)
    }
}
