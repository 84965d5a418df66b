import SwiftSyntax

/// Structs, classes and enums declared inside a function. Swift's local types cannot capture the
/// function's variables or generic parameters, so each is lowered as a top-level type of the cell
/// under a name qualified by its function (`summary.Stats`), which the function's body uses for
/// it; it prints by its own name (`Stats(low: 1, high: 9)`), as in Swift.
extension Lowering {
    /// A cell's statements, with the local types of its functions declared at its top level.
    func lowerCell(_ items: CodeBlockItemListSyntax) throws -> [Stmt] {
        try declareTypeAliases(in: items)
        autoclosures.collect(in: items)
        let statements = try lowerItems(items)
        defer { localTypes = [] }
        return statements + localTypes.map { .classDeclaration($0) }
    }

    /// The body of function `name`, where a type declared is local to it.
    func lowerFunctionBody(_ items: CodeBlockItemListSyntax, function name: String) throws -> [Stmt] {
        localTypeScopes.append((qualifier: qualifiedTypeName(name), namesIndex: nestedNames.count))
        nestedNames.append([:])
        defer {
            localTypeScopes.removeLast()
            nestedNames.removeLast()
        }
        return try lowerItems(items)
    }

    /// Lowers `decl` as a local type when it is a struct, class or enum inside a function body;
    /// false for any other declaration.
    func lowerLocalType(_ decl: DeclSyntax) throws -> Bool {
        guard let scope = localTypeScopes.last,
              decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self),
              let simple = decl.asProtocol(NamedDeclSyntax.self)?.name.text else { return false }
        // Visible from here on in the function, as Swift's local types are.
        nestedNames[scope.namesIndex][simple] = scope.qualifier + "." + simple
        let enclosingNested = nestedTypes
        nestedTypes = []
        typeNames.append(scope.qualifier)
        defer {
            typeNames.removeLast()
            nestedTypes = enclosingNested
        }
        guard let lowered = try lowerTypeDeclaration(decl) else { return false }
        localTypes += [lowered] + nestedTypes
        return true
    }
}
