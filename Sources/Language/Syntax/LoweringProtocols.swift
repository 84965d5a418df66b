import SwiftSyntax

/// Lowers protocols (requirements without bodies, the protocols they refine) and extensions (of
/// script types, protocols and standard types, with their conformances and `where` clauses).
extension Lowering {
    func lowerProtocol(_ decl: ProtocolDeclSyntax) throws -> ClassDecl {
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers)
        if let primary = decl.primaryAssociatedTypeClause { throw unsupported("primary associated types", primary) }
        let result = ClassDecl(name: NameRef(decl.name.text, loc(decl.name)), loc: loc(decl.name))
        result.isProtocol = true
        result.conformances = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        try lowerMembers(decl.memberBlock, into: result)
        return result
    }

    func lowerExtension(_ decl: ExtensionDeclSyntax) throws -> ClassDecl {
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers)
        guard let extended = decl.extendedType.as(IdentifierTypeSyntax.self), extended.genericArgumentClause == nil else {
            throw unsupported("extensions of types written this way", decl.extendedType)
        }
        let result = ClassDecl(name: NameRef(extended.name.text, loc(extended)), loc: loc(decl.extensionKeyword))
        result.isExtension = true
        result.conformances = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        for requirement in decl.genericWhereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .sameTypeRequirement(let same):
                result.whereClause.append((same.leftType.trimmedDescription, same.rightType.trimmedDescription))
            case .conformanceRequirement(let conformance):
                result.whereClause.append((conformance.leftType.trimmedDescription, ":" + conformance.rightType.trimmedDescription))
            default:
                throw unsupported("this kind of requirement", requirement)
            }
        }
        try lowerMembers(decl.memberBlock, into: result)
        return result
    }

    /// `Self` inside a type or an extension of one: the type itself (in an extension of a
    /// protocol, the resolver makes it the conforming type of the value at hand).
    func selfTypeReference(_ node: some SyntaxProtocol) throws -> Expr {
        guard let innermost = typeNames.last else { throw unsupported("'Self' outside a type", node) }
        let ref = NameRef(innermost ?? "Self", loc(node))
        ref.isSelfType = true
        return .name(ref)
    }

    /// The standard protocols a class may list without a superclass before them.
    func isKnownProtocol(_ name: String) -> Bool { StandardConformances.protocols.contains(name) }
}
