import SwiftSyntax

/// Checks, before anything runs, the calls of a cell into the library whose callee is known from
/// the code alone, against the bindings' signatures:
///
/// - global functions and bound types (`plot(…)`, `Dense(…)`), namespace members (`nn.Conv2d`,
///   `F.relu`, `optim.SGD`) and static members (`Tensor.zeros`): labels missing, unknown or
///   misspelt, and the number of unlabelled arguments — labels in any order, as library calls take them;
/// - methods by name across every bound type (the receiver's type is not known here): a
///   Python-spelt method no type has (`zero_grad()` → "use 'zeroGrad()'") and a label no method
///   of that name takes when one takes a similar label (`fit(batch_size:)` → "use 'batchSize:'");
/// - PyTorch's package prefixes (`torch.nn.Conv2d` → `nn.Conv2d`, `torch.no_grad()` → `noGrad { }`);
/// - Python's one-element tuple `(0.1307,)`, which Swift reads as the number itself;
/// - a script class derived from a library class that cannot be subclassed (`class M: Sequential`).
///
/// A name the notebook declares itself (a variable, function, class, parameter or member, in any
/// cell so far) is the user's, never the library's: calls through it are left to the run.
final class LibraryCallChecker {
    let bindings: Bindings
    /// Every name declared by the cells checked so far, at any depth.
    private(set) var userNames: Set<String> = []

    init(bindings: Bindings) {
        self.bindings = bindings
    }

    /// The problems of one cell (parsed without errors), located in cell `cell`.
    func check(_ tree: SourceFileSyntax, converter: SourceLocationConverter, cell: Int32) -> [LocatedError] {
        userNames.formUnion(DeclaredNames.all(in: tree))
        let visitor = CallVisitor(checker: self, converter: converter, cell: cell)
        visitor.walk(tree)
        return visitor.problems
    }

    // MARK: What the library offers

    /// The bound value a static path names (`["nn", "Conv2d"]`), or nil when the path is not the
    /// library's (unknown, or declared by the notebook).
    func boundValue(_ path: [String]) -> Value? {
        guard let first = path.first, !userNames.contains(first), var value = bindings.members[first] else { return nil }
        for component in path.dropFirst() {
            switch value {
            case .namespace(let namespace):
                guard let member = namespace.members[component] else { return nil }
                value = member
            case .type(let type as TypeBinding):
                guard let member = type.statics[component] else { return nil }
                value = member
            default:
                return nil
            }
        }
        return value
    }

    /// The library path a written path means: itself when bound, our spelling of a Python path
    /// (`torch.utils.data.DataLoader` → `DataLoader`, `to_categorical` → `toCategorical`), or the corrected last name of a bound
    /// namespace's member (`F.log_softmax` → `F.logSoftmax`); nil when it is not the library's.
    func libraryPath(meant path: [String]) -> [String]? {
        if boundValue(path) != nil { return path }
        if PythonPaths.isPythonPackage(path, self) { return PythonPaths.swiftPath(of: path, self) ?? [] }
        if path.count == 1, !userNames.contains(path[0]), let swift = SpellingSuggestions.camelCase(path[0]),
           boundValue([swift]) != nil {
            return [swift]
        }
        guard path.count >= 2, let last = path.last, let owner = boundValue(Array(path.dropLast())) else { return nil }
        guard let suggestion = SpellingSuggestions.suggestion(for: last, among: Self.memberNames(of: owner)) else { return [] }
        return Array(path.dropLast()) + [suggestion.name]
    }

    /// The members reachable as `owner.name`: a namespace's, or a bound type's static ones.
    static func isType(_ value: Value) -> Bool {
        if case .type = value { return true }
        return false
    }

    static func memberNames(of owner: Value) -> [String] {
        switch owner {
        case .namespace(let namespace): return Array(namespace.members.keys)
        case .type(let type as TypeBinding): return Array(type.statics.keys)
        default: return []
        }
    }

    /// The overloads a call of `value` tries: a host function's, or a bound type's initialisers.
    func overloads(of value: Value) -> [HostOverload]? {
        switch value {
        case .function(let function):
            if case .host(let overloads, nil) = function.kind { return overloads }
            return nil
        case .type(let type as TypeBinding):
            return type.initializers.isEmpty ? nil : type.initializers
        default:
            return nil
        }
    }

    /// Every bound method called `name`, of any type.
    func methods(named name: String) -> [HostOverload] { bindings.methods(named: name) }

    /// Whether some bound type has a method or property called `name`.
    func isMember(_ name: String) -> Bool {
        bindings.typeBindings.values.contains { $0.methods[name] != nil || $0.mutatingMethods[name] != nil || $0.getters[name] != nil }
    }
}

/// Walks one cell, reporting into `problems`.
private final class CallVisitor: SyntaxVisitor {
    let checker: LibraryCallChecker
    let converter: SourceLocationConverter
    let cell: Int32
    var problems: [LocatedError] = []

    init(checker: LibraryCallChecker, converter: SourceLocationConverter, cell: Int32) {
        self.checker = checker
        self.converter = converter
        self.cell = cell
        super.init(viewMode: .sourceAccurate)
    }

    func report(_ message: String, at node: some SyntaxProtocol) {
        let location = node.startLocation(converter: converter)
        problems.append(LocatedError(.resolution, message, Loc(cell: cell, line: Int32(location.line), column: Int32(location.column))))
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        let call = CallShape(node)
        if let path = StaticPath.of(node.calledExpression), let library = checker.libraryPath(meant: path) {
            if let value = checker.boundValue(library), let overloads = checker.overloads(of: value) {
                check(call, against: overloads, callee: library.joined(separator: "."))
            }
        } else if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
            checkMethod(member.declName.baseName, call)
        }
        return .visitChildren
    }

    override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
        // Only the whole path (`torch.nn.Conv2d`), not its inner parts.
        if node.parent?.as(MemberAccessExprSyntax.self)?.base?.id == ExprSyntax(node).id { return .visitChildren }
        if let path = StaticPath.of(ExprSyntax(node)), PythonPaths.isPythonPackage(path, checker),
           let base = node.base {
            let fix = PythonPaths.swiftForm(of: path, checker).map { "use '\($0)'" }
                ?? "PyTorch's '\(path[0]).' packages are spelt without it here (nn, F, optim, datasets, transforms)"
            report("cannot find '\(path[0])' in scope; \(fix)", at: StaticPath.root(of: base))
        } else if let path = StaticPath.of(ExprSyntax(node)), path.count >= 2, checker.boundValue(path) == nil,
                  let owner = checker.boundValue(Array(path.dropLast())) {
            reportMissingMember(path, owner: owner, at: node.declName)
        }
        return .visitChildren
    }

    /// `class Model: Sequential`: a library class cells cannot derive from (only those the bindings
    /// declare subclassable, such as `nn.Module`, hand their members to a script subclass).
    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        guard let inherited = node.inheritanceClause?.inheritedTypes.first?.type,
              let path = StaticPath.of(typeName: inherited), case .type(let type as TypeBinding)? = checker.boundValue(path),
              type.firstInChain(\.subclassFactory) == nil else { return .visitChildren }
        let subclassable = checker.bindings.subclassableNames.map { "'\($0)'" }.joined(separator: ", ")
        report("'\(path.joined(separator: "."))' cannot be subclassed in notebook cells"
               + (subclassable.isEmpty ? "" : "; library classes that can be: \(subclassable)"), at: inherited)
        return .visitChildren
    }

    override func visit(_ node: TupleExprSyntax) -> SyntaxVisitorContinueKind {
        if node.elements.count == 1, let only = node.elements.first, only.label == nil, only.trailingComma != nil {
            let text = only.expression.trimmedDescription
            let kind: String
            if only.expression.is(FloatLiteralExprSyntax.self) { kind = "a Double" } else if only.expression.is(IntegerLiteralExprSyntax.self) {
                kind = "an Int"
            } else { kind = "the value itself" }
            report("'(\(text),)' is \(kind) in Swift, not a one-element tuple; write [\(text)]", at: node)
        }
        return .visitChildren
    }

    /// `nn.Conv2dd`, `F.log_softmax`: a namespace or bound type without that member.
    private func reportMissingMember(_ path: [String], owner: Value, at node: some SyntaxProtocol) {
        // A namespace of plain values (`params`) is checked where it is made, against what is declared.
        if case .namespace(let namespace) = owner, !namespace.members.values.contains(where: Self.isLibraryMember) { return }
        let members = LibraryCallChecker.memberNames(of: owner)
        // A member the notebook declares itself (`extension Double { static let tau … }`) is its own.
        // `Double.init` (an initialiser as a function) and `Double.self` are members of every type.
        guard !members.isEmpty, let member = path.last, !checker.userNames.contains(member),
              !(LibraryCallChecker.isType(owner) && ["init", "self"].contains(member)) else { return }
        var message = "'\(path.dropLast().joined(separator: "."))' has no member '\(member)'"
        if let suggestion = SpellingSuggestions.suggestion(for: member, among: members) { message += "; " + suggestion.fixIt() }
        report(message, at: node)
    }

    /// A call of a known library function or type: some overload must take these arguments.
    private func check(_ call: CallShape, against overloads: [HostOverload], callee: String) {
        guard !overloads.contains(where: { call.fits($0.signature) }) else { return }
        let allLabels = Set(overloads.flatMap { $0.signature.parameters.compactMap(\.label) })
        // Unknown labels are wrong whichever overload was meant: report each.
        let unknown = call.labelled.filter { !allLabels.contains($0.label) }
        if !unknown.isEmpty {
            for argument in unknown {
                var message = "no argument '\(argument.label):' in call to '\(callee)'"
                if let suggestion = SpellingSuggestions.suggestion(for: argument.label, among: allLabels) {
                    message += "; " + suggestion.fixIt { "\($0):" }
                } else {
                    message += " (it takes \(Self.describe(overloads)))"
                }
                report(message, at: argument.node)
            }
            return
        }
        let best = overloads.min { call.mismatch($0.signature).count < call.mismatch($1.signature).count } ?? overloads[0]
        let message = call.mismatch(best.signature).first ?? "no overload of '\(callee)' takes these arguments"
        report("\(message) in call to '\(callee)'" + (overloads.count > 1 ? " (it takes \(Self.describe(overloads)))" : ""),
               at: call.node.calledExpression)
    }

    /// A method call on a value whose type is not known here: only mistakes no type could accept.
    private func checkMethod(_ name: TokenSyntax, _ call: CallShape) {
        let method = name.text
        guard !checker.userNames.contains(method) else { return }
        let overloads = checker.methods(named: method)
        if overloads.isEmpty {
            if !checker.isMember(method), let swift = SpellingSuggestions.camelCase(method), checker.isMember(swift) {
                report("no bound type has a method '\(method)'; use '\(swift)()'", at: name)
            }
            return
        }
        for argument in call.labelled {
            guard let suggestion = checker.bindings.labelSuggestion(argument.label, method: method) else { continue }
            report("no method '\(method)' takes '\(argument.label):'; " + suggestion.fixIt { "\($0):" }, at: argument.node)
        }
    }

    private static func isLibraryMember(_ value: Value) -> Bool {
        switch value {
        case .function, .type, .namespace: return true
        default: return false
        }
    }

    private static func describe(_ overloads: [HostOverload]) -> String {
        overloads.map(\.signature.description).joined(separator: " or ")
    }
}

extension Bindings {
    /// The names of the bound classes a script class may derive from, sorted.
    var subclassableNames: [String] {
        Set(typeBindings.values.filter { $0.subclassFactory != nil }.map(\.staticName)).sorted()
    }

    /// Every bound method called `name`, of any type.
    func methods(named name: String) -> [HostOverload] {
        typeBindings.values.flatMap { type in
            (type.methods[name] ?? []) + (type.mutatingMethods[name] ?? []).map(\.overload)
        }
    }

    /// The label meant by `label` in a call of a method called `method` when no bound method of
    /// that name takes it but one takes a similar label (`batch_size:` → `batchSize:`); the check
    /// of calls reports these whatever the receiver, so the typed check of a receiver's method leaves them.
    func labelSuggestion(_ label: String, method: String) -> SpellingSuggestions.Suggestion? {
        let labels = Set(methods(named: method).flatMap { $0.signature.parameters.compactMap(\.label) })
        guard !labels.contains(label) else { return nil }
        return SpellingSuggestions.suggestion(for: label, among: labels)
    }
}
