import SwiftSyntax

/// Lowers swift-syntax's tree of one cell to the notebook AST, rejecting every construct outside
/// the supported subset with a message that names it and points at it.
final class Lowering {
    let converter: SourceLocationConverter
    let cell: Int32
    /// For each closure being lowered, the highest `$n` used in its body (-1 if none).
    var anonymousParameterCounts: [Int] = []
    /// The types whose members are being lowered, innermost last: what `Self` names (nil in a protocol).
    var typeNames: [String?] = []
    /// Types nested in the types being lowered, by their simple name, innermost last: `Suit` inside
    /// `Deck` is the top-level type `Deck.Suit`.
    var nestedNames: [[String: String]] = []
    /// Nested types lowered so far, declared after the type that holds them.
    var nestedTypes: [ClassDecl] = []
    /// Type aliases declared outside a type (`typealias Vector = [Double]`), by this cell and
    /// earlier ones: each name with the type it stands for, written out (see `TypeAliases.swift`).
    var typeAliases: [String: String]
    /// The aliases this cell declares, in order, and those it uses: what the cache's dependency
    /// graph knows of them (a cell writing `Vector` depends on the cell that declares it).
    var declaredTypeAliases: [String] = []
    var usedTypeAliases: Set<String> = []
    /// The functions whose bodies are being lowered, innermost last: the name that qualifies a
    /// type declared in each, and its scope in `nestedNames` (see `LoweringLocalTypes.swift`).
    var localTypeScopes: [(qualifier: String, namesIndex: Int)] = []
    /// Types declared inside functions so far, declared at the cell's top level.
    var localTypes: [ClassDecl] = []
    /// How many statement lists enclose the one being lowered: 1 at the top level of the cell.
    var itemDepth = 0

    /// Functions with `@autoclosure` parameters, of this cell and earlier ones.
    var autoclosures: AutoclosureParameters

    init(converter: SourceLocationConverter, cell: Int32, typeAliases: [String: String] = [:],
         autoclosures: AutoclosureParameters = AutoclosureParameters()) {
        self.converter = converter
        self.cell = cell
        self.typeAliases = typeAliases
        self.autoclosures = autoclosures
    }

    func loc(_ node: some SyntaxProtocol) -> Loc {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return Loc(cell: cell, line: Int32(location.line), column: Int32(location.column))
    }

    func unsupported(_ what: String, _ node: some SyntaxProtocol) -> LocatedError {
        LocatedError(.unsupported, "\(what) are not supported in notebook cells", loc(node))
    }

    func lowerItems(_ items: CodeBlockItemListSyntax) throws -> [Stmt] {
        itemDepth += 1
        defer { itemDepth -= 1 }
        var statements: [Stmt] = []
        for item in items {
            switch item.item {
            case .decl(let decl): statements += try lowerDeclaration(decl)
            case .stmt(let stmt): statements.append(try lowerStatement(stmt))
            case .expr(let expr): statements.append(try lowerExpressionStatement(expr))
            }
        }
        return statements
    }

    func lowerBlock(_ block: CodeBlockSyntax) throws -> Block {
        Block(try lowerItems(block.statements))
    }

    private func lowerExpressionStatement(_ expr: ExprSyntax) throws -> Stmt {
        if let ifExpr = expr.as(IfExprSyntax.self) { return try lowerIf(ifExpr) }
        if let switchExpr = expr.as(SwitchExprSyntax.self) { return try lowerSwitch(switchExpr) }
        return .expression(try lowerExpr(expr))
    }

    // MARK: Declarations

    private func lowerDeclaration(_ decl: DeclSyntax) throws -> [Stmt] {
        if let importDecl = decl.as(ImportDeclSyntax.self) { return try lowerImport(importDecl) }
        if let alias = decl.as(TypeAliasDeclSyntax.self) {
            try declareTypeAlias(alias)
            return []
        }
        if try lowerLocalType(decl) { return [] }
        if let variable = decl.as(VariableDeclSyntax.self) { return try lowerVariable(variable) }
        if let function = decl.as(FunctionDeclSyntax.self) {
            if let operatorExtension = try lowerGlobalOperator(function) { return [.classDeclaration(operatorExtension)] }
            let lowered = try lowerFunction(function)
            return [.function(NameRef(lowered.name, loc(function.name)), lowered)]
        }
        if let typeDecl = try lowerTypeDeclaration(decl) {
            defer { nestedTypes = [] }
            return [.classDeclaration(typeDecl)] + nestedTypes.map { .classDeclaration($0) }
        }
        throw rejection(for: decl)
    }

    /// A class, struct, enum, protocol or extension; nil for other declarations.
    func lowerTypeDeclaration(_ decl: DeclSyntax) throws -> ClassDecl? {
        if let classDecl = decl.as(ClassDeclSyntax.self) { return try lowerClass(classDecl) }
        if let structDecl = decl.as(StructDeclSyntax.self) { return try lowerStruct(structDecl) }
        if let enumDecl = decl.as(EnumDeclSyntax.self) { return try lowerEnum(enumDecl) }
        if let protocolDecl = decl.as(ProtocolDeclSyntax.self) { return try lowerProtocol(protocolDecl) }
        if let extensionDecl = decl.as(ExtensionDeclSyntax.self) { return try lowerExtension(extensionDecl) }
        return nil
    }

    /// The name a type declared here gets: `Deck.Suit` inside `Deck`.
    func qualifiedTypeName(_ simple: String) -> String {
        guard let outer = typeNames.last ?? nil else { return simple }
        return outer + "." + simple
    }

    /// `Suit` where a type nested in an enclosing one is visible: its qualified name.
    func nestedName(_ simple: String) -> String {
        for names in nestedNames.reversed() { if let qualified = names[simple] { return qualified } }
        if let target = typeAliases[simple], TypeAliases.isNamePath(target) {
            usedTypeAliases.insert(simple)
            return target
        }
        return simple
    }

    /// A written type with the nested types it names qualified (`[Suit]` → `[Deck.Suit]`).
    func qualifyingNestedNames(_ text: String) -> String {
        guard !nestedNames.isEmpty || !typeAliases.isEmpty else { return text }
        var result = "", word = "", previous: Character = " "
        func flush() {
            result += previous == "." ? word : typeName(written: word)
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                if word.isEmpty, let last = result.last { previous = last }
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The modules every cell already has. Importing one is accepted and changes nothing, so code
    /// pasted from a Swift file runs as it is.
    static let availableModules: Set<String> = ["Foundation", "Swift", "Glibc", "Darwin", "Dispatch", "FoundationEssentials"]

    /// `import Foundation` at the top of a cell: nothing to do. Any other module is not there.
    private func lowerImport(_ decl: ImportDeclSyntax) throws -> [Stmt] {
        guard decl.parent?.parent?.parent?.is(SourceFileSyntax.self) == true else {
            throw LocatedError(.syntax, "declaration is only valid at file scope", loc(decl))
        }
        let module = decl.path.map(\.name.text).joined(separator: ".")
        guard let first = decl.path.first?.name.text, Lowering.availableModules.contains(first) else {
            throw LocatedError(.unsupported, "no such module '\(module)' in notebook cells: Foundation is always available, "
                               + "and the notebook's own libraries (Tensor, nn, Keras layers, plots) need no import", loc(decl.path))
        }
        return []
    }

    func rejection(for decl: DeclSyntax) -> LocatedError {
        let names: [(SyntaxProtocol.Type, String)] = [
            (OperatorDeclSyntax.self, "operator declarations"),
            (PrecedenceGroupDeclSyntax.self, "precedence groups"),
            (ActorDeclSyntax.self, "actors"), (SubscriptDeclSyntax.self, "subscripts outside a type"),
            (ProtocolDeclSyntax.self, "nested protocols"),
            (DeinitializerDeclSyntax.self, "deinitializers"), (MacroDeclSyntax.self, "macros"),
            (MacroExpansionDeclSyntax.self, "macros"), (IfConfigDeclSyntax.self, "#if blocks"),
            (AssociatedTypeDeclSyntax.self, "associated types"), (InitializerDeclSyntax.self,
            "initializers outside a class"),
        ]
        for (type, name) in names where decl.is(type) { return unsupported(name, decl) }
        return unsupported("declarations of this kind", decl)
    }

    func lowerVariable(_ decl: VariableDeclSyntax) throws -> [Stmt] {
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers.union(["final", "override"]))
        if !decl.attributes.isEmpty { throw unsupported("attributes such as @State", decl.attributes) }
        let isLet = decl.bindingSpecifier.tokenKind == .keyword(.let)
        return try zip(decl.bindings, Lowering.writtenTypes(of: decl.bindings)).map { binding, type in
            if binding.accessorBlock != nil { return try lowerGlobalAccessors(binding, type: type, isLet: isLet) }
            return try lowerBinding(binding, type: type, isLet: isLet)
        }
    }

    /// The type each binding of one `let`/`var` declares. In `var x, y: Double` the annotation
    /// also types `x`: Swift gives a binding with neither annotation nor initial value the type
    /// written on the next binding that has one.
    static func writtenTypes(of bindings: PatternBindingListSyntax) -> [TypeSyntax?] {
        var types: [TypeSyntax?] = []
        var following: TypeSyntax?
        for binding in bindings.reversed() {
            if let written = binding.typeAnnotation?.type {
                following = written
            } else if binding.initializer != nil || binding.accessorBlock != nil {
                following = nil
            }
            types.append(binding.typeAnnotation?.type ?? (binding.initializer == nil ? following : nil))
        }
        return types.reversed()
    }

    /// One `name: Type = value` of a `let`/`var` (accessors are the caller's business); `type` is
    /// the binding's written type (see `writtenTypes(of:)`).
    func lowerBinding(_ binding: PatternBindingSyntax, type writtenType: TypeSyntax?, isLet: Bool) throws -> Stmt {
        let pattern = try lowerPattern(binding.pattern)
        if case .bind(let name) = pattern, let type = writtenType { name.declaredType = staticType(type) }
        var value = try binding.initializer.map { try lowerExpr($0.value) }
        if let type = writtenType, let initial = value {
            value = annotated(initial, type: type)
            // `var s: Stack<Double> = Stack()` makes a `Stack<Double>`, as `Stack<Double>()` does.
            if case .call(.name(let callee), _, _) = initial, callee.typeArguments == nil,
               let generic = type.as(IdentifierTypeSyntax.self), generic.name.text == callee.name,
               let arguments = generic.genericArgumentClause?.arguments {
                callee.typeArguments = arguments.map(\.argument.trimmedDescription)
            }
        }
        return .declaration(pattern, value, isLet: isLet, loc(binding.pattern))
    }

    /// `let x: Double = 1` makes a Double in Swift: the annotation converts integer values.
    func annotated(_ value: Expr, type: TypeSyntax) -> Expr {
        guard let coercion = coercion(for: type) else { return value }
        return .coerce(value, typeName: coercion)
    }

    /// The checker's view of a written type.
    func staticType(_ type: TypeSyntax) -> StaticType? {
        StaticType(parsing: qualifyingNestedNames(type.trimmedDescription))
    }

    /// The written type, for types whose values Swift stores differently from how they are written:
    /// Double and Float (an integer literal), Character (a string literal), Set (an array literal),
    /// labelled tuples (an unlabelled tuple literal).
    func coercion(for type: TypeSyntax) -> String? {
        let name = qualifyingNestedNames(type.trimmedDescription)
        if name == "Set" || TupleLabels.appear(in: name) { return name }
        if name == "CGFloat" { return "Double" }
        guard let parsed = StaticType(parsing: name), parsed.needsConversion else { return nil }
        return name
    }

    /// Property wrappers, result builders and other attributes on a type are outside the subset.
    func rejectAttributes(_ attributes: AttributeListSyntax) throws {
        guard let attribute = attributes.first else { return }
        throw LocatedError(.unsupported, "attributes such as \(attribute.trimmedDescription) are not supported in notebook cells",
                           loc(attribute))
    }

    /// Access control is accepted everywhere and not enforced (cells share one scope).
    static let accessModifiers: Set<String> = ["private", "fileprivate", "public", "internal", "open", "package"]

    func rejectModifiers(_ modifiers: DeclModifierListSyntax, allowed: Set<String>) throws {
        for modifier in modifiers where !allowed.contains(modifier.name.text) {
            throw LocatedError(.unsupported, "the '\(modifier.name.text)' modifier is not supported in notebook cells",
                               loc(modifier))
        }
    }

    /// A function; `allowsOperator` in a type, which may implement `==`, `<` or `+` for itself.
    func lowerFunction(_ decl: FunctionDeclSyntax, allowsOperator: Bool = false, isRequirement: Bool = false) throws -> FunctionDecl {
        try rejectModifiers(decl.modifiers, allowed: Lowering.accessModifiers.union(["final", "override", "mutating", "static", "class",
                                                                                  "nonmutating", "prefix"]))
        if let effects = decl.signature.effectSpecifiers, let async = effects.asyncSpecifier {
            throw unsupported("async functions", async)
        }
        let isOperator = decl.declaresOperator
        let isPrefix = decl.modifiers.contains { $0.name.text == "prefix" }
        let isCompoundAssignment = decl.name.text.hasSuffix("=") && BinaryOperator(rawValue: String(decl.name.text.dropLast()))?.isArithmetic == true
        if isOperator, !allowsOperator
            || (isPrefix ? UnaryOperator(rawValue: decl.name.text) == nil : BinaryOperator(rawValue: decl.name.text) == nil && !isCompoundAssignment) {
            throw unsupported("operator functions other than a type's own ==, <, +, -, *, / and their += forms (and prefix -, +, !)", decl.name)
        }
        let body = decl.body?.statements
        if body == nil, !isRequirement {
            throw LocatedError(.syntax, "function '\(decl.name.text)' has no body", loc(decl))
        }
        // An operator's operands are passed without labels.
        let parameters = try decl.signature.parameterClause.parameters.map(lowerParameter)
            .map { isOperator ? Parameter(label: nil, name: $0.name, coercion: $0.coercion, type: $0.type, isInout: $0.isInout) : $0 }
        var statements = try body.map { try lowerFunctionBody($0, function: decl.name.text) } ?? []
        if decl.signature.returnClause != nil { statements = returningBranchValues(ofBody: statements, items: body) }
        if let returnType = decl.signature.returnClause?.type, let coercion = coercion(for: returnType) {
            statements = coerceReturns(statements, to: coercion)
        }
        // A prefix operator is filed apart from the binary one of the same symbol (`prefix -`).
        let function = FunctionDecl(name: (isPrefix ? "prefix" : "") + decl.name.text, parameters: parameters, body: statements,
                                    loc: loc(decl.name))
        function.isMutating = decl.modifiers.contains { $0.name.text == "mutating" }
        function.isThrowing = decl.signature.effectSpecifiers?.throwsClause != nil
        function.returnType = decl.signature.returnClause.map { staticType($0.type) } ?? .void
        function.implicitReturn = decl.signature.returnClause != nil && isSingleExpression(function.body)
        function.endLoc = decl.body.map { loc($0.rightBrace) }
        function.isRequirement = isRequirement
        function.genericParameters = try genericParameters(decl.genericParameterClause, decl.genericWhereClause)
        return function
    }

    func lowerParameter(_ parameter: FunctionParameterSyntax) throws -> Parameter {
        let first = parameter.firstName.text
        let name = parameter.secondName?.text ?? first
        var defaultValue = try parameter.defaultValue.map { try lowerExpr($0.value) }
        if let value = defaultValue { defaultValue = annotated(value, type: parameter.type) }
        let isInout = parameter.type.as(AttributedTypeSyntax.self)?.specifiers.contains {
            $0.trimmedDescription == "inout"
        } ?? false
        // An `@autoclosure () -> T` parameter holds the closure its calls are given (see `AutoclosureParameters`).
        let written = AutoclosureParameters.isAutoclosure(parameter.type)
            ? parameter.type.as(AttributedTypeSyntax.self)?.baseType ?? parameter.type : parameter.type
        return Parameter(label: first == "_" ? nil : first, name: NameRef(name, loc(parameter)),
                         defaultValue: defaultValue, isVariadic: parameter.ellipsis != nil,
                         coercion: parameter.ellipsis == nil && !isInout ? coercion(for: written) : nil,
                         type: staticType(written).map { parameter.ellipsis == nil ? $0 : .array($0) }, isInout: isInout)
    }

    /// `func f() -> Double { 1 }` returns 1.0 in Swift: wraps returned values (and a single
    /// expression body) in a conversion, without entering nested functions and closures.
    func coerceReturns(_ statements: [Stmt], to coercion: String) -> [Stmt] {
        if isSingleExpression(statements), case .expression(let expr) = statements[0] {
            return [.expression(.coerce(expr, typeName: coercion))]
        }
        return statements.map { coerceReturn($0, coercion) }
    }

    private func coerceReturn(_ statement: Stmt, _ coercion: String) -> Stmt {
        func inBlock(_ block: Block) -> Block {
            block.statements = block.statements.map { coerceReturn($0, coercion) }
            return block
        }
        switch statement {
        case .returnStatement(let value?, let loc):
            return .returnStatement(.coerce(value, typeName: coercion), loc)
        case .ifStatement(let conditions, let body, let elseStmt):
            return .ifStatement(conditions, inBlock(body), elseStmt.map { coerceReturn($0, coercion) })
        case .block(let block): return .block(inBlock(block))
        case .guardStatement(let conditions, let body, let loc): return .guardStatement(conditions, inBlock(body), loc)
        case .whileLoop(let conditions, let body): return .whileLoop(conditions, inBlock(body))
        case .repeatLoop(let body, let condition): return .repeatLoop(inBlock(body), condition)
        case .forIn(let pattern, let sequence, let whereClause, let body, let loc):
            return .forIn(pattern, sequence, whereClause: whereClause, inBlock(body), loc)
        case .switchStatement(let subject, let cases, let loc):
            return .switchStatement(subject, cases.map { SwitchCase(patterns: $0.patterns, isDefault: $0.isDefault, body: inBlock($0.body), loc: $0.loc) }, loc)
        case .doCatch(let body, let clauses):
            return .doCatch(inBlock(body), clauses.map { CatchClause(patterns: $0.patterns, implicitError: $0.implicitError, body: inBlock($0.body)) })
        default: return statement
        }
    }

    func isSingleExpression(_ body: [Stmt]) -> Bool {
        guard body.count == 1, case .expression(let expr) = body[0] else { return false }
        switch expr {
        case .assign, .compoundAssign: return false
        default: return true
        }
    }

    /// A type name used as a value (a superclass such as `nn.Module`).
    func typeExpression(_ type: TypeSyntax) throws -> Expr {
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            if identifier.name.tokenKind == .keyword(.Self) { return try selfTypeReference(identifier) }
            return .name(NameRef(nestedName(identifier.name.text), loc(identifier)))
        }
        if let member = type.as(MemberTypeSyntax.self) {
            return .member(try typeExpression(member.baseType), member.name.text, loc(member.name))
        }
        throw unsupported("types of this form", type)
    }

    // MARK: Patterns

    func lowerPattern(_ pattern: PatternSyntax) throws -> Pattern {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            return .bind(NameRef(identifier.identifier.text, loc(identifier)))
        }
        if pattern.is(WildcardPatternSyntax.self) { return .wildcard }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return .tuple(try tuple.elements.map { try lowerPattern($0.pattern) })
        }
        // `if let (low, high) = bounds()` parses the names as a tuple expression.
        if let tuple = pattern.as(ExpressionPatternSyntax.self)?.expression.as(TupleExprSyntax.self) {
            return .tuple(try tuple.elements.map { element in
                if let inner = element.expression.as(PatternExprSyntax.self) { return try lowerPattern(inner.pattern) }
                if let name = element.expression.as(DeclReferenceExprSyntax.self) { return .bind(NameRef(name.baseName.text, loc(name))) }
                if element.expression.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
                throw unsupported("patterns of this kind", element)
            })
        }
        throw unsupported("patterns of this kind", pattern)
    }
}
