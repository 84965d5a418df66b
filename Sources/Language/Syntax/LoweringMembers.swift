import SwiftSyntax

/// Lowers the members of a type, protocol or extension: stored properties (with `lazy` and
/// `willSet`/`didSet`), computed properties (`get` and `set`), methods, initialisers, `static`/`class`
/// members and the operators a type declares (`static func == (lhs: Self, rhs: Self) -> Bool`).
extension Lowering {
    func lowerMembers(_ members: MemberBlockSyntax, into result: ClassDecl) throws {
        try lowerMembers(Array(members.members), into: result)
    }

    /// Members taken from the source tree itself, so that their locations are the source's.
    func lowerMembers(_ members: [MemberBlockItemSyntax], into result: ClassDecl) throws {
        typeNames.append(result.isProtocol ? nil : result.name.name)
        defer { typeNames.removeLast() }
        nestedNames.append(nestedTypeNames(members, in: result.name.name))
        defer { nestedNames.removeLast() }
        for member in members {
            let memberDecl = member.decl
            if !result.isProtocol, memberDecl.is(StructDeclSyntax.self) || memberDecl.is(ClassDeclSyntax.self) || memberDecl.is(EnumDeclSyntax.self),
               let typeDecl = try lowerTypeDeclaration(memberDecl) {
                nestedTypes.append(typeDecl)
                continue
            }
            if let variable = memberDecl.as(VariableDeclSyntax.self) {
                try lowerPropertyDeclaration(variable, into: result)
            } else if let function = memberDecl.as(FunctionDeclSyntax.self) {
                let method = try lowerFunction(function, allowsOperator: true, isRequirement: result.isProtocol)
                method.isMethod = true
                method.isStatic = isStatic(function.modifiers)
                result.methods.append(method)
            } else if let initializer = memberDecl.as(InitializerDeclSyntax.self) {
                if let mark = initializer.optionalMark, mark.text == "!" { throw unsupported("implicitly unwrapped initializers (init!)", mark) }
                try rejectModifiers(initializer.modifiers,
                                    allowed: Lowering.accessModifiers.union(["convenience", "required", "override"]))
                let parameters = try initializer.signature.parameterClause.parameters.map(lowerParameter)
                var body: [Stmt] = []
                if let block = initializer.body {
                    body = try lowerItems(block.statements)
                } else if !result.isProtocol {
                    throw LocatedError(.syntax, "init has no body", loc(initializer))
                }
                let function = FunctionDecl(name: "init", parameters: parameters, body: body, loc: loc(initializer))
                function.isMethod = true
                function.isInitializer = true
                function.isFailable = initializer.optionalMark != nil
                function.isConvenience = initializer.modifiers.contains { $0.name.tokenKind == .keyword(.convenience) }
                function.isRequirement = result.isProtocol
                function.isThrowing = initializer.signature.effectSpecifiers?.throwsClause != nil
                result.initializers.append(function)
            } else if let deinitializer = memberDecl.as(DeinitializerDeclSyntax.self) {
                result.deinitializer = try lowerDeinitializer(deinitializer, in: result)
            } else if let subscriptDecl = memberDecl.as(SubscriptDeclSyntax.self) {
                let (getter, setter) = try lowerSubscript(subscriptDecl, isRequirement: result.isProtocol)
                result.methods.append(getter)
                if let setter { result.setters["subscript"] = setter }
            } else if let associated = memberDecl.as(AssociatedTypeDeclSyntax.self) {
                // The conforming types' own types stand for it; the checker leaves it unknown.
                guard result.isProtocol else { throw unsupported("associated types outside a protocol", associated) }
                result.associatedTypes.append(associated.name.text)
            } else if let alias = memberDecl.as(TypeAliasDeclSyntax.self) {
                // `typealias Item = Int`: written types of the members name `Int` (see `nestedTypeNames`).
                if alias.genericParameterClause != nil { throw unsupported("generic type aliases", alias) }
                result.typeAliases[alias.name.text] = staticType(alias.initializer.value)
            } else {
                throw rejection(for: memberDecl)
            }
        }
    }

    /// The types declared among `members`, by simple name, with their names as top-level types;
    /// a type alias (`typealias Item = Int`) with the type it stands for.
    func nestedTypeNames(_ members: [MemberBlockItemSyntax], in outer: String) -> [String: String] {
        var names: [String: String] = [:]
        for member in members {
            if let alias = member.decl.as(TypeAliasDeclSyntax.self) { names[alias.name.text] = alias.initializer.value.trimmedDescription }
        }
        for member in members where member.decl.is(StructDeclSyntax.self) || member.decl.is(ClassDeclSyntax.self)
            || member.decl.is(EnumDeclSyntax.self) {
            if let name = member.decl.asProtocol(NamedDeclSyntax.self)?.name.text { names[name] = outer + "." + name }
        }
        return names
    }

    /// A class's `deinit` as a method without parameters; Swift allows it in no other type.
    private func lowerDeinitializer(_ decl: DeinitializerDeclSyntax, in type: ClassDecl) throws -> FunctionDecl {
        if (type.isStruct || type.isEnum) && !type.isExtension {
            let kind = type.isStruct ? "struct" : "enum"
            throw LocatedError(.syntax, "deinitializer cannot be declared in \(kind) '\(type.name.name)' that conforms to 'Copyable'", loc(decl))
        }
        guard !type.isProtocol, !type.isExtension else {
            throw LocatedError(.syntax, "deinitializers may only be declared within a class, actor, or noncopyable type", loc(decl))
        }
        if type.deinitializer != nil { throw LocatedError(.syntax, "invalid redeclaration of 'deinit'", loc(decl)) }
        guard let block = decl.body else { throw LocatedError(.syntax, "deinit has no body", loc(decl)) }
        let function = FunctionDecl(name: "deinit", parameters: [], body: try lowerItems(block.statements), loc: loc(decl))
        function.isMethod = true
        return function
    }

    func isStatic(_ modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
    }

    func isComputed(_ binding: PatternBindingSyntax) -> Bool {
        guard let accessors = binding.accessorBlock else { return false }
        switch accessors.accessors {
        case .getter: return true
        case .accessors(let list):
            return list.contains { [.keyword(.get), .keyword(.set)].contains($0.accessorSpecifier.tokenKind) }
        }
    }

    private func lowerPropertyDeclaration(_ variable: VariableDeclSyntax, into result: ClassDecl) throws {
        try rejectModifiers(variable.modifiers, allowed: Lowering.accessModifiers.union(["final", "override", "static", "class", "lazy",
                                                                                      "weak", "unowned"]))
        if !variable.attributes.isEmpty { throw unsupported("attributes such as @State", variable.attributes) }
        let isStatic = isStatic(variable.modifiers)
        let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
        for (binding, type) in zip(variable.bindings, Lowering.writtenTypes(of: variable.bindings)) {
            if isComputed(binding) || result.isProtocol {
                let (getter, setter) = try lowerComputedProperty(binding, isRequirement: result.isProtocol)
                getter.isStatic = isStatic
                setter?.isStatic = isStatic
                result.methods.append(getter)
                if let setter { result.setters[getter.name] = setter }
                continue
            }
            guard case .declaration(.bind(let name), let value, _, _) = try lowerBinding(binding, type: type, isLet: isLet) else {
                throw unsupported("tuple patterns in stored properties", variable)
            }
            var property = StoredProperty(name: name, isLet: isLet, initialValue: value)
            if let lazy = variable.modifiers.first(where: { $0.name.text == "lazy" }) {
                if isLet { throw LocatedError(.syntax, "'lazy' cannot be used on a let", loc(lazy)) }
                if value == nil { throw LocatedError(.syntax, "lazy properties must have an initializer", loc(binding)) }
                property.isLazy = true
            }
            property.ownership = try referenceOwnership(variable, binding, type, in: result)
            if isLet, let accessors = binding.accessorBlock {
                throw LocatedError(.syntax, "'let' declarations cannot be observing properties", loc(accessors))
            }
            if let accessors = binding.accessorBlock, case .accessors(let list) = accessors.accessors {
                for accessor in list {
                    let observer = try lowerAccessor(accessor, name: name.name, type: type)
                    switch accessor.accessorSpecifier.tokenKind {
                    case .keyword(.willSet): property.willSet = observer
                    case .keyword(.didSet): property.didSet = observer
                    default: throw unsupported("this kind of accessor", accessor)
                    }
                }
            }
            if isStatic { result.staticProperties.append(property) } else { result.properties.append(property) }
        }
    }

    /// `weak var tenant: Person?` or `unowned let owner: Customer`, with Swift's rules for each.
    private func referenceOwnership(_ variable: VariableDeclSyntax, _ binding: PatternBindingSyntax, _ type: TypeSyntax?,
                                    in owner: ClassDecl) throws -> ReferenceOwnership {
        guard let modifier = variable.modifiers.first(where: { ["weak", "unowned"].contains($0.name.text) }) else { return .strong }
        if modifier.detail != nil { throw unsupported("unowned(unsafe) and unowned(safe)", modifier) }
        if owner.isStruct || owner.isEnum || isStatic(variable.modifiers) {
            throw unsupported("'\(modifier.name.text)' properties outside a class's instance properties", modifier)
        }
        guard modifier.name.text == "weak" else { return .unowned }
        if let type, !type.is(OptionalTypeSyntax.self), !type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            throw LocatedError(.syntax, "'weak' variable should have optional type '\(type.trimmedDescription)?'", loc(binding))
        }
        return .weak
    }

    /// `var area: Double { width * height }`, `{ get { … } set { … } }`, or a protocol's
    /// `var area: Double { get }`: a getter method without parameters, and a setter taking the new value.
    func lowerComputedProperty(_ binding: PatternBindingSyntax, isRequirement: Bool) throws -> (FunctionDecl, FunctionDecl?) {
        guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), let block = binding.accessorBlock else {
            throw LocatedError(.syntax, "a computed property needs a name and '{ get }' or '{ get set }'", loc(binding))
        }
        let name = identifier.identifier.text
        let type = binding.typeAnnotation?.type
        let (body, setter) = try lowerAccessors(block, name: name, type: type)
        let getter = getterFunction(name, parameters: [], body: body, type: type, loc(identifier))
        getter.endLoc = getterEnd(block)
        getter.isComputedProperty = true
        getter.isRequirement = isRequirement
        guard let setter else { return (getter, nil) }
        setter.isRequirement = isRequirement
        return (getter, setter)
    }

    /// `subscript(row: Int, column: Int) -> Double { get … set … }`: a getter method named
    /// `subscript` taking the indices, and a setter taking the indices then the new value. Index
    /// parameters have no argument labels unless two names are written, as in Swift.
    private func lowerSubscript(_ decl: SubscriptDeclSyntax, isRequirement: Bool) throws -> (FunctionDecl, FunctionDecl?) {
        if let generics = decl.genericParameterClause { throw unsupported("generic subscripts", generics) }
        guard let block = decl.accessorBlock else { throw unsupported("subscripts without a body", decl) }
        let indices = try decl.parameterClause.parameters.map { syntax in
            var parameter = try lowerParameter(syntax)
            if syntax.secondName == nil { parameter.label = nil }
            return parameter
        }
        let type = decl.returnClause.type
        let (body, setter) = try lowerAccessors(block, name: "subscript", type: type)
        setter?.parameters = indices + (setter?.parameters ?? [])
        let getter = getterFunction("subscript", parameters: indices, body: body, type: type, loc(decl.subscriptKeyword))
        getter.endLoc = getterEnd(block)
        getter.isRequirement = isRequirement
        return (getter, setter)
    }

    /// The getter's statements (`{ expr }` or `get { … }`) and the setter (`set { … }`) of an accessor block.
    private func lowerAccessors(_ block: AccessorBlockSyntax, name: String, type: TypeSyntax?) throws -> ([Stmt], FunctionDecl?) {
        var getterBody: [Stmt] = []
        var setter: FunctionDecl?
        switch block.accessors {
        case .getter(let items):
            getterBody = returningBranchValues(ofBody: try lowerItems(items), items: items)
        case .accessors(let list):
            for accessor in list {
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    getterBody = try accessor.body.map { returningBranchValues(ofBody: try lowerItems($0.statements), items: $0.statements) } ?? []
                case .keyword(.set): setter = try lowerAccessor(accessor, name: name, type: type)
                default: throw unsupported("'\(accessor.accessorSpecifier.text)' beside a getter", accessor)
                }
            }
        }
        if let type, let coercion = coercion(for: type) { getterBody = coerceReturns(getterBody, to: coercion) }
        return (getterBody, setter)
    }

    /// The getter's closing brace: the accessor block's, or that of its `get { … }`.
    private func getterEnd(_ block: AccessorBlockSyntax) -> Loc {
        if case .accessors(let list) = block.accessors,
           let getter = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.get) }), let body = getter.body {
            return loc(body.rightBrace)
        }
        return loc(block.rightBrace)
    }

    private func getterFunction(_ name: String, parameters: [Parameter], body: [Stmt], type: TypeSyntax?, _ loc: Loc) -> FunctionDecl {
        let getter = FunctionDecl(name: name, parameters: parameters, body: body, loc: loc)
        getter.returnType = type.flatMap(staticType)
        getter.implicitReturn = isSingleExpression(body)
        getter.isMethod = true
        return getter
    }

    /// `set(value) { … }`, `willSet { … }`, `didSet(old) { … }`: a method of one parameter (the new
    /// value, or the old one for `didSet`), named as written or `newValue`/`oldValue`.
    func lowerAccessor(_ accessor: AccessorDeclSyntax, name: String, type: TypeSyntax?) throws -> FunctionDecl {
        let isDidSet = accessor.accessorSpecifier.tokenKind == .keyword(.didSet)
        let parameterName = accessor.parameters?.name.text ?? (isDidSet ? "oldValue" : "newValue")
        var parameter = Parameter(label: nil, name: NameRef(parameterName, loc(accessor)))
        parameter.type = type.flatMap(staticType)
        parameter.coercion = type.flatMap(coercion(for:))
        let body = try accessor.body.map { try lowerItems($0.statements) } ?? []
        let function = FunctionDecl(name: name, parameters: [parameter], body: body, loc: loc(accessor))
        function.isMethod = true
        function.isMutating = true
        function.returnType = .void
        return function
    }

    /// `<T: Comparable, U>` with `where U: Hashable`: each parameter's protocols. A same-type
    /// requirement between generic types (`where T.Element == U.Element`) only relates the
    /// arguments; one giving a sequence's elements a concrete type (`where S.Element == Double`)
    /// types the body's uses of the sequence (its literals become Doubles). Any other naming a
    /// concrete type (`where C.Item == Double`) would type the body in ways the checker does not
    /// follow: it is rejected rather than let a literal there keep its default type.
    func genericParameters(_ clause: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?) throws -> [GenericParameter] {
        let names = Set(clause?.parameters.map(\.name.text) ?? [])
        func isGeneric(_ type: String) -> Bool { names.contains(String(type.split(separator: ".").first ?? "")) }
        var elements: [String: StaticType] = [:]
        for requirement in whereClause?.requirements ?? [] {
            guard case .sameTypeRequirement(let sameType) = requirement.requirement else { continue }
            var sides = [sameType.leftType.trimmedDescription, sameType.rightType.trimmedDescription]
            if isGeneric(sides[0]) && isGeneric(sides[1]) { continue }
            if isGeneric(sides[1]) { sides.reverse() }
            let path = sides[0].split(separator: ".").map(String.init)
            guard path.count == 2 || path.count == 3 && path[1] == "Iterator", path.last == "Element", let element = StaticType(parsing: sides[1]) else {
                throw unsupported("same-type requirements naming a concrete type (\(requirement.trimmedDescription))", requirement)
            }
            elements[path[0]] = element
        }
        guard let clause else { return [] }
        var parameters = clause.parameters.map { parameter in
            GenericParameter(name: parameter.name.text, constraints: parameter.inheritedType.map { protocolNames($0) } ?? [],
                             element: elements[parameter.name.text])
        }
        for requirement in whereClause?.requirements ?? [] {
            guard case .conformanceRequirement(let conformance) = requirement.requirement,
                  let index = parameters.firstIndex(where: { $0.name == conformance.leftType.trimmedDescription }) else { continue }
            parameters[index].constraints += protocolNames(conformance.rightType)
        }
        return parameters
    }

    /// `Comparable & Hashable` as its protocols.
    private func protocolNames(_ type: TypeSyntax) -> [String] {
        if let composition = type.as(CompositionTypeSyntax.self) { return composition.elements.map(\.type.trimmedDescription) }
        return [type.trimmedDescription]
    }
}
