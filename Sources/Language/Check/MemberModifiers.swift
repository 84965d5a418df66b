import SwiftSyntax

/// The modifiers of a cell's type members that the checker's access and override rules need
/// (`private`, `private(set)`, `override`, `static`/`class`), read from the cell's syntax tree,
/// with where each member is written. The lowered AST keeps what members do, not how they are
/// declared; these rules are about the declaration.
struct MemberModifiers {
    enum Kind { case method, property, initializer }

    struct Member {
        let name: String
        let kind: Kind
        /// The argument labels of a method or initialiser (nil for `_`).
        let labels: [String?]
        /// The written parameter types, to tell overloads apart (`(Int)` from `(Double)`).
        let parameterTypes: [String]
        let isPrivate: Bool
        /// `private(set)`: reading is open, assigning only inside the type.
        let isPrivateSetter: Bool
        let isOverride: Bool
        let isFinal: Bool
        /// `required init`, which a subclass implements without `override`.
        let isRequired: Bool
        /// `convenience init`, which a subclass's initialiser never overrides.
        let isConvenience: Bool
        /// `mutating`, which only a struct's or an enum's methods may be.
        let isMutating: Bool
        let isStatic: Bool
        /// Where the member's name is written, where swiftc reports it.
        let loc: Loc
        /// An initialiser's closing brace, where swiftc reports properties it leaves unset.
        var endLoc: Loc?
    }

    /// A type declaration or an extension of the cell.
    struct TypeDeclaration {
        /// Qualified as the lowering names types: `Outer.Inner` for a type written inside another.
        let name: String
        let isClass: Bool
        let isExtension: Bool
        /// The inherited types' names; a class's first is its superclass, unless it names a protocol.
        let inherited: [String]
        var firstInherited: String? { inherited.first }
        var members: [Member] = []
        let loc: Loc
    }

    private(set) var types: [TypeDeclaration] = []

    init(_ tree: SourceFileSyntax, converter: SourceLocationConverter, cell: Int32) {
        let reader = Reader(converter: converter, cell: cell)
        reader.walk(tree)
        types = reader.types
    }

    /// The members named `name` of `typeName` (its declaration and its extensions in this cell).
    func members(named name: String, of typeName: String) -> [Member] {
        types.filter { $0.name == typeName }.flatMap(\.members).filter { $0.name == name }
    }

    /// Whether the cell declares `typeName` (not only extends it).
    func declares(_ typeName: String) -> Bool {
        types.contains { $0.name == typeName && !$0.isExtension }
    }

    private final class Reader: SyntaxVisitor {
        let converter: SourceLocationConverter
        let cell: Int32
        var types: [TypeDeclaration] = []
        /// Indices into `types` of the declarations being read, innermost last.
        var open: [Int] = []

        init(converter: SourceLocationConverter, cell: Int32) {
            self.converter = converter
            self.cell = cell
            super.init(viewMode: .sourceAccurate)
        }

        func loc(_ node: some SyntaxProtocol) -> Loc {
            let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
            return Loc(cell: cell, line: Int32(location.line), column: Int32(location.column))
        }

        private func openType(_ name: String, isClass: Bool, isExtension: Bool, inheritance: InheritanceClauseSyntax?,
                              at node: some SyntaxProtocol) -> SyntaxVisitorContinueKind {
            let inherited = inheritance?.inheritedTypes.map { $0.type.trimmedDescription } ?? []
            let qualified = isExtension ? name : (open.last.map { types[$0].name + "." } ?? "") + name
            types.append(TypeDeclaration(name: qualified, isClass: isClass, isExtension: isExtension, inherited: inherited,
                                         loc: loc(node)))
            open.append(types.count - 1)
            return .visitChildren
        }

        private func closeType() { open.removeLast() }

        override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
            openType(node.name.text, isClass: true, isExtension: false, inheritance: node.inheritanceClause, at: node.name)
        }
        override func visitPost(_ node: ClassDeclSyntax) { closeType() }

        override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
            openType(node.name.text, isClass: false, isExtension: false, inheritance: node.inheritanceClause, at: node.name)
        }
        override func visitPost(_ node: StructDeclSyntax) { closeType() }

        override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
            openType(node.name.text, isClass: false, isExtension: false, inheritance: node.inheritanceClause, at: node.name)
        }
        override func visitPost(_ node: EnumDeclSyntax) { closeType() }

        override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

        override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
            openType(node.extendedType.trimmedDescription, isClass: false, isExtension: true, inheritance: nil, at: node.extendedType)
        }
        override func visitPost(_ node: ExtensionDeclSyntax) { closeType() }

        /// Members inside function bodies (local types aside) are not the type's.
        override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
        override func visit(_ node: AccessorBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

        private func add(_ name: String, _ kind: Kind, _ modifiers: DeclModifierListSyntax,
                         parameters: FunctionParameterListSyntax? = nil, at node: some SyntaxProtocol) {
            guard let current = open.last, isMemberOfOpenType(node) else { return }
            let names = modifiers.map(\.name.text)
            let setterOnly = modifiers.contains { $0.name.text == "private" && $0.detail?.detail.text == "set" }
            let member = Member(
                name: name, kind: kind,
                labels: parameters.map { $0.map { $0.firstName.text == "_" ? nil : $0.firstName.text } } ?? [],
                parameterTypes: parameters.map { $0.map(\.type.trimmedDescription) } ?? [],
                isPrivate: names.contains("private") && !setterOnly, isPrivateSetter: setterOnly,
                isOverride: names.contains("override"), isFinal: names.contains("final"), isRequired: names.contains("required"),
                isConvenience: names.contains("convenience"), isMutating: names.contains("mutating"),
                isStatic: names.contains("static") || names.contains("class"), loc: loc(node))
            types[current].members.append(member)
        }

        /// Whether a declaration sits directly in the innermost open type's member list.
        private func isMemberOfOpenType(_ node: some SyntaxProtocol) -> Bool {
            var parent = node.parent
            while let current = parent {
                if current.is(MemberBlockSyntax.self) { return true }
                if current.is(CodeBlockSyntax.self) || current.is(SourceFileSyntax.self) { return false }
                parent = current.parent
            }
            return false
        }

        override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
            add(node.name.text, .method, node.modifiers, parameters: node.signature.parameterClause.parameters, at: node.name)
            return .skipChildren
        }

        override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind {
            add("init", .initializer, node.modifiers, parameters: node.signature.parameterClause.parameters, at: node.initKeyword)
            if let current = open.last, let body = node.body, types[current].members.last?.kind == .initializer {
                types[current].members[types[current].members.count - 1].endLoc = loc(body.rightBrace)
            }
            return .skipChildren
        }

        override func visit(_ node: VariableDeclSyntax) -> SyntaxVisitorContinueKind {
            for binding in node.bindings {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier else { continue }
                add(name.text, .property, node.modifiers, at: name)
            }
            return .skipChildren
        }
    }
}
