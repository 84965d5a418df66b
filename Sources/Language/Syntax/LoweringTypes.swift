import SwiftSyntax

/// Lowers type declarations: classes, structs (with Swift's memberwise initialiser) and enums
/// (cases with raw values — implicit Int and String ones as Swift assigns them — or associated
/// values), with their stored and computed properties, methods and initialisers.
extension Lowering {
    func lowerClass(_ decl: ClassDeclSyntax) throws -> ClassDecl {
        if let generics = decl.genericParameterClause { throw unsupported("generic classes", generics) }
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: ["final", "private", "fileprivate", "public", "internal"])
        let result = ClassDecl(name: NameRef(decl.name.text, loc(decl.name)), loc: loc(decl.name))
        if let inherited = decl.inheritanceClause?.inheritedTypes {
            if inherited.count > 1 { throw unsupported("protocol conformances", inherited) }
            if let type = inherited.first?.type { result.superclass = try typeExpression(type) }
        }
        try lowerMembers(decl.memberBlock, into: result)
        return result
    }

    /// A struct: like a class without a superclass (its conformances are accepted: `Equatable`
    /// and `Hashable` are what the run time provides for every struct), with the memberwise
    /// initialiser Swift synthesises when it declares no `init`.
    func lowerStruct(_ decl: StructDeclSyntax) throws -> ClassDecl {
        if let generics = decl.genericParameterClause { throw unsupported("generic structs", generics) }
        try rejectAttributes(decl.attributes)
        try rejectModifiers(decl.modifiers, allowed: ["private", "fileprivate", "public", "internal"])
        let result = ClassDecl(name: NameRef(decl.name.text, loc(decl.name)), loc: loc(decl.name))
        result.isStruct = true
        result.conformances = decl.inheritanceClause?.inheritedTypes.map(\.type.trimmedDescription) ?? []
        try lowerMembers(decl.memberBlock, into: result)
        if result.initializers.isEmpty { result.initializers = [try memberwiseInitializer(decl.memberBlock, result)] }
        return result
    }

    /// `init(x: Double, y: Double = 0) { self.x = x; self.y = y }` for the stored properties a
    /// memberwise initialiser takes: every `var`, and every `let` without an initial value.
    private func memberwiseInitializer(_ members: MemberBlockSyntax, _ decl: ClassDecl) throws -> FunctionDecl {
        var parameters: [Parameter] = []
        var body: [Stmt] = []
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { $0.name.text == "static" }) else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            for binding in variable.bindings {
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), binding.accessorBlock == nil,
                      !(isLet && binding.initializer != nil) else { continue }
                let name = identifier.identifier.text
                let here = loc(identifier)
                let type = binding.typeAnnotation?.type
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
        return initializer
    }

    /// `var area: Double { width * height }` (or with an explicit `get`) as a method without
    /// parameters; setters and observers are not supported yet.
    private func lowerComputedProperty(_ binding: PatternBindingSyntax) throws -> FunctionDecl {
        guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), let accessors = binding.accessorBlock else {
            throw unsupported("this kind of computed property", binding)
        }
        let body: CodeBlockItemListSyntax
        switch accessors.accessors {
        case .getter(let items):
            body = items
        case .accessors(let list):
            guard list.count == 1, let getter = list.first, getter.accessorSpecifier.tokenKind == .keyword(.get),
                  let block = getter.body else {
                throw unsupported("property setters and observers (set, willSet, didSet)", accessors)
            }
            body = block.statements
        }
        var statements = try lowerItems(body)
        let type = binding.typeAnnotation?.type
        if let type, let coercion = coercion(for: type) { statements = coerceReturns(statements, to: coercion) }
        let function = FunctionDecl(name: identifier.identifier.text, parameters: [], body: statements, loc: loc(identifier))
        function.returnType = type.flatMap(staticType)
        function.implicitReturn = isSingleExpression(statements)
        function.isMethod = true
        function.isComputedProperty = true
        return function
    }

    func lowerMembers(_ members: MemberBlockSyntax, into result: ClassDecl) throws {
        for member in members.members {
            let memberDecl = member.decl
            if let variable = memberDecl.as(VariableDeclSyntax.self) {
                if variable.modifiers.contains(where: { $0.name.text == "static" || $0.name.text == "class" }) {
                    throw unsupported("static properties", variable)
                }
                if variable.bindings.contains(where: { $0.accessorBlock != nil }) {
                    result.methods += try variable.bindings.map(lowerComputedProperty)
                    continue
                }
                for statement in try lowerVariable(variable) {
                    guard case .declaration(.bind(let name), let value, let isLet, _) = statement else {
                        throw unsupported("tuple patterns in stored properties", variable)
                    }
                    result.properties.append(StoredProperty(name: name, isLet: isLet, initialValue: value))
                }
            } else if let function = memberDecl.as(FunctionDeclSyntax.self) {
                if function.modifiers.contains(where: { $0.name.text == "static" || $0.name.text == "class" }) {
                    throw unsupported("static methods", function)
                }
                let method = try lowerFunction(function)
                method.isMethod = true
                result.methods.append(method)
            } else if let initializer = memberDecl.as(InitializerDeclSyntax.self) {
                if let mark = initializer.optionalMark { throw unsupported("failable initializers", mark) }
                guard let body = initializer.body else { throw LocatedError(.syntax, "init has no body", loc(initializer)) }
                let parameters = try initializer.signature.parameterClause.parameters.map(lowerParameter)
                let function = FunctionDecl(name: "init", parameters: parameters,
                                            body: try lowerItems(body.statements), loc: loc(initializer))
                function.isMethod = true
                function.isInitializer = true
                function.isThrowing = initializer.signature.effectSpecifiers?.throwsClause != nil
                result.initializers.append(function)
            } else {
                throw rejection(for: memberDecl)
            }
        }
    }


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
