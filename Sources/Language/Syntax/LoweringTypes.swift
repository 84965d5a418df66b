import SwiftSyntax

/// Lowers type declarations: classes, structs (with Swift's memberwise initialiser) and enums
/// (cases with raw values — implicit Int and String ones as Swift assigns them — or associated
/// values), with their stored and computed properties, methods and initialisers.
extension Lowering {
    func lowerClass(_ decl: ClassDeclSyntax) throws -> ClassDecl {
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers.union(["final"]))
        let result = ClassDecl(name: NameRef(qualifiedTypeName(decl.name.text), loc(decl.name)), loc: loc(decl.name))
        result.genericParameters = try genericParameters(decl.genericParameterClause, decl.genericWhereClause)
        // The first inherited type is the superclass unless it is a protocol; the checker tells them apart.
        let inherited = decl.inheritanceClause?.inheritedTypes.map(\.type) ?? []
        if let first = inherited.first, !isKnownProtocol(first.trimmedDescription) {
            result.superclass = try typeExpression(first)
            result.conformances = inherited.dropFirst().map(\.trimmedDescription)
        } else {
            result.conformances = inherited.map(\.trimmedDescription)
        }
        try lowerMembers(decl.memberBlock, into: result)
        return result
    }

    /// A struct: like a class without a superclass (its conformances are accepted: `Equatable`
    /// and `Hashable` are what the run time provides for every struct), with the memberwise
    /// initialiser Swift synthesises when it declares no `init`.
    func lowerStruct(_ decl: StructDeclSyntax) throws -> ClassDecl {
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers)
        let result = ClassDecl(name: NameRef(qualifiedTypeName(decl.name.text), loc(decl.name)), loc: loc(decl.name))
        result.isStruct = true
        result.genericParameters = try genericParameters(decl.genericParameterClause, decl.genericWhereClause)
        result.conformances = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        try lowerMembers(decl.memberBlock, into: result)
        if result.initializers.isEmpty {
            // Default values may name the struct's nested types, as its properties do.
            nestedNames.append(nestedTypeNames(Array(decl.memberBlock.members), in: result.name.name))
            defer { nestedNames.removeLast() }
            result.initializers = [try memberwiseInitializer(decl.memberBlock, result)]
        }
        return result
    }

    /// `init(x: Double, y: Double = 0) { self.x = x; self.y = y }` for the stored properties a
    /// memberwise initialiser takes: every `var`, and every `let` without an initial value.
    private func memberwiseInitializer(_ members: MemberBlockSyntax, _ decl: ClassDecl) throws -> FunctionDecl {
        var parameters: [Parameter] = []
        var body: [Stmt] = []
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { $0.name.text == "static" || $0.name.text == "lazy" }) else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            for (binding, type) in zip(variable.bindings, Lowering.writtenTypes(of: variable.bindings)) {
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), !isComputed(binding),
                      !(isLet && binding.initializer != nil) else { continue }
                let name = identifier.identifier.text
                let here = loc(identifier)
                var defaultValue = try binding.initializer.map { try lowerExpr($0.value) }
                if let type, let value = defaultValue { defaultValue = annotated(value, type: type) }
                parameters.append(Parameter(label: name, name: NameRef(name, here), defaultValue: defaultValue,
                                            coercion: type.flatMap(coercion(for:)), type: type.flatMap(staticType)))
                body.append(.expression(.assign(.member(.selfValue(NameRef("self", here)), name, here),
                                                .name(NameRef(name, here)), here)))
            }
        }
        let initializer = FunctionDecl(name: "init", parameters: parameters, body: body, loc: decl.loc)
        initializer.isMethod = true
        initializer.isInitializer = true
        initializer.isMemberwise = true
        return initializer
    }

    func lowerEnum(_ decl: EnumDeclSyntax) throws -> ClassDecl {
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers.union(["indirect"]))
        let result = ClassDecl(name: NameRef(qualifiedTypeName(decl.name.text), loc(decl.name)), loc: loc(decl.name))
        result.isEnum = true
        result.genericParameters = try genericParameters(decl.genericParameterClause, decl.genericWhereClause)
        let inherited = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        result.conformances = inherited
        let rawType = inherited.first.flatMap {
            ["Int", "String", "Double", "Character"].contains($0) || FixedWidthIntegers.names.contains($0) ? $0 : nil
        }
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
                } else if rawType == "Int" || rawType.map(FixedWidthIntegers.names.contains) == true {
                    rawValue = .int(nextInt)
                    nextInt += 1
                } else if rawType == "String" {
                    rawValue = .string(name)
                }
                // `enum Level: UInt8`: its raw values are UInt8s, and must fit as Swift requires.
                if let rawType, FixedWidthIntegers.names.contains(rawType), case .int(let int)? = rawValue {
                    guard let typed = FixedWidthIntegers.literal(int, as: rawType) else {
                        throw LocatedError(.syntax, "integer literal '\(int)' overflows when stored into '\(rawType)'",
                                           element.rawValue.map { loc($0.value) } ?? loc(element.name))
                    }
                    rawValue = typed
                }
                let parameters = element.parameterClause?.parameters.map { $0 } ?? []
                result.cases.append(EnumCase(name: name, payloadLabels: parameters.map { $0.firstName?.text },
                                             payloadTypes: parameters.map { staticType($0.type) }, rawValue: rawValue))
            }
        }
        try lowerMembers(members, into: result)
        if !result.properties.isEmpty { throw unsupported("stored properties in enums", decl.name) }
        return result
    }

    private func literalValue(_ expr: ExprSyntax) throws -> Expr {
        let lowered = try lowerExpr(expr)
        if case .number(let literal) = lowered { return .literal(literal.value, literal.loc) }
        return lowered
    }
}
