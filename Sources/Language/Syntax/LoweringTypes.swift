import SwiftSyntax

/// Lowers enum declarations: cases with raw values (implicit Int and String ones as Swift assigns
/// them) or associated values, and methods and computed properties like a struct's.
extension Lowering {
    func lowerEnum(_ decl: EnumDeclSyntax) throws -> ClassDecl {
        if let generics = decl.genericParameterClause { throw unsupported("generic enums", generics) }
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: ["private", "fileprivate", "public", "internal", "indirect"])
        let result = ClassDecl(name: NameRef(decl.name.text, loc(decl.name)), loc: loc(decl.name))
        result.isEnum = true
        let inherited = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        result.conformances = inherited
        let rawType = inherited.first.flatMap { ["Int", "String", "Double", "Character"].contains($0) ? $0 : nil }
        var nextInt = 0
        var members: [MemberBlockItemSyntax] = []
        for member in decl.memberBlock.members {
            guard let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) else {
                members.append(member)
                continue
            }
            for element in caseDecl.elements {
                let name = element.name.text.replacingBackticks
                var rawValue: Value?
                if let written = element.rawValue?.value {
                    guard case .literal(let value, _) = try literalValue(written) else {
                        throw LocatedError(.syntax, "raw value for enum case must be a literal", loc(written))
                    }
                    rawValue = value
                    if case .int(let int) = value { nextInt = int + 1 }
                } else if rawType == "Int" {
                    rawValue = .int(nextInt)
                    nextInt += 1
                } else if rawType == "String" {
                    rawValue = .string(name)
                }
                let parameters = element.parameterClause?.parameters.map { $0 } ?? []
                result.cases.append(EnumCase(name: name, payloadLabels: parameters.map { $0.firstName?.text },
                                             payloadTypes: parameters.map { staticType($0.type) }, rawValue: rawValue))
            }
        }
        try lowerMembers(MemberBlockSyntax(members: MemberBlockItemListSyntax(members)), into: result)
        if !result.properties.isEmpty { throw unsupported("stored properties in enums", decl.name) }
        return result
    }

    private func literalValue(_ expr: ExprSyntax) throws -> Expr {
        let lowered = try lowerExpr(expr)
        if case .number(let literal) = lowered { return .literal(literal.value, literal.loc) }
        return lowered
    }
}
