import SwiftSyntax

extension Lowering {
    /// `func - (a: Vector, b: Vector) -> Vector` at the top level: Swift finds an operator function
    /// anywhere, this language in the operands' types, so it becomes a static member of an
    /// extension of the first operand type of the cell's own (`Vector`); nil for other functions.
    func lowerGlobalOperator(_ decl: FunctionDeclSyntax) throws -> ClassDecl? {
        guard decl.declaresOperator,
              let owner = decl.signature.parameterClause.parameters.lazy.compactMap({ parameter -> IdentifierTypeSyntax? in
                  let type = parameter.type.as(AttributedTypeSyntax.self)?.baseType ?? parameter.type
                  guard let named = type.as(IdentifierTypeSyntax.self), named.genericArgumentClause == nil,
                        case .named(let name)? = StaticType(parsing: named.name.text), !FixedWidthIntegers.names.contains(name) else { return nil }
                  return named
              }).first else { return nil }
        let method = try lowerFunction(decl, allowsOperator: true)
        method.isMethod = true
        method.isStatic = true
        let result = ClassDecl(name: NameRef(owner.name.text, loc(owner)), loc: loc(decl.funcKeyword))
        result.isExtension = true
        result.methods = [method]
        return result
    }
}

extension FunctionDeclSyntax {
    /// `func + (…)` or `static func == (…)` rather than a named function.
    var declaresOperator: Bool {
        name.tokenKind != .identifier(name.text) || name.text.first.map { !$0.isLetter && $0 != "_" } == true
    }
}
