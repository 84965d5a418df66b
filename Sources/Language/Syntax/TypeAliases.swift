import SwiftParser
import SwiftSyntax

/// Type aliases declared outside a type (`typealias Vector = [Double]`, `typealias Celsius =
/// Double`): lowering replaces the alias by the type it stands for wherever a type is written
/// (annotations, parameters, results, casts) and where the alias is used as a value
/// (`Vector(repeating: 0, count: 3)`, `Celsius(20)`), so the checker and the run time see only
/// the real type, as Swift's own diagnostics and printing do.
enum TypeAliases {
    /// `Double` or `Deck.Suit`: a type that can stand where a name is used as a value.
    static func isNamePath(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }
}

extension Lowering {
    /// The type a name written in a type stands for: a nested type's qualified name, an alias's type.
    func typeName(written simple: String) -> String {
        let nested = nestedName(simple)
        if nested != simple { return nested }
        guard let target = typeAliases[simple] else { return simple }
        usedTypeAliases.insert(simple)
        return target
    }

    /// The cell's top-level aliases, declared before its statements are lowered: Swift's are
    /// visible in the whole file, also above their declaration.
    func declareTypeAliases(in items: CodeBlockItemListSyntax) throws {
        for item in items {
            if case .decl(let decl) = item.item, let alias = decl.as(TypeAliasDeclSyntax.self) { try declareTypeAlias(alias) }
        }
    }

    func declareTypeAlias(_ alias: TypeAliasDeclSyntax) throws {
        if alias.genericParameterClause != nil { throw unsupported("generic type aliases", alias) }
        // Written out now, so an alias of an alias stands for the final type.
        typeAliases[alias.name.text] = qualifyingNestedNames(alias.initializer.value.trimmedDescription)
        if !declaredTypeAliases.contains(alias.name.text) { declaredTypeAliases.append(alias.name.text) }
    }

    /// `Vector` called as a function, with `typealias Vector = [Double]`: the expression `[Double]`
    /// (parsed from the alias's type), for the collection initialisers to lower. Nil for any other
    /// callee, and for aliases of named types (`nestedName` already replaces those).
    func aliasedTypeExpression(_ callee: ExprSyntax) -> ExprSyntax? {
        guard let reference = callee.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil,
              let target = typeAliases[reference.baseName.text], !TypeAliases.isNamePath(target) else { return nil }
        usedTypeAliases.insert(reference.baseName.text)
        let parsed = Parser.parse(source: target + "()")
        guard parsed.statements.count == 1, case .expr(let expr) = parsed.statements.first?.item,
              let call = expr.as(FunctionCallExprSyntax.self) else { return nil }
        return call.calledExpression
    }
}
