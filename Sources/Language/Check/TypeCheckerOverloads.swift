/// Top-level functions that share a name and differ in argument labels or parameter types: at
/// each call the checker picks the one Swift picks — the labels must fit, and among those that
/// fit, the one whose parameter types match the arguments' best (an integer literal prefers
/// `Int`, a floating-point literal `Double`, a non-generic parameter beats a generic one) — and
/// points the call at it.
extension TypeChecker {
    /// The key of a top-level function's entry in the global table (`describe#2` for a second
    /// `describe` of the cell).
    func globalKey(of name: NameRef) -> String {
        guard case .global(let index) = name.resolution, let keys = globals.overloads[name.name] else { return name.name }
        return keys.first { globals.entry($0)?.index == index } ?? name.name
    }

    /// The overload a call of `ref` makes, with the call pointed at it; nil when `ref` names no
    /// overloaded function.
    func chooseOverload(_ ref: NameRef, _ arguments: [Argument], expecting expected: StaticType? = nil) -> FunctionDecl? {
        guard case .global = ref.resolution, let keys = globals.overloads[ref.name], keys.count > 1 else { return nil }
        let candidates = keys.compactMap { key in globals.entry(key).flatMap { entry in entry.function.map { (entry.index, $0) } } }
        guard let chosen = bestOverload(candidates, arguments, ref.name, ref.loc, expecting: expected) else { return nil }
        ref.resolution = .global(chosen.index)
        return chosen.decl
    }

    /// The method a call `base.name(…)` makes among the receiver type's methods that share the
    /// name and labels and differ in parameter types; recorded for the run time at `memberLoc`.
    func chooseMethodOverload(_ typeName: String, _ name: String, _ arguments: [Argument], _ memberLoc: Loc) -> FunctionDecl? {
        let labels = arguments.map(\.label)
        var signatures: Set<[String]> = []
        // The type's own method first: one that overrides a superclass's (same parameter types) hides it.
        let candidates = globals.memberSources(of: typeName).flatMap { globals.parts(of: $0) }.flatMap(\.methods)
            .filter { $0.name == name && !$0.isStatic && !$0.isComputedProperty && !$0.isRequirement && $0.accepts(labels: labels) }
            .filter { signatures.insert($0.parameterTypeSignature).inserted }
        guard candidates.count > 1, let chosen = bestOverload(candidates.enumerated().map { ($0, $1) }, arguments, name, memberLoc) else {
            return nil
        }
        globals.methodChoices[memberLoc] = chosen.decl
        return chosen.decl
    }

    /// Among `candidates` (each with a tag), the one whose labels fit and whose parameter types fit
    /// the arguments best; a tie between non-generic ones is Swift's ambiguity error.
    private func bestOverload<Tag>(_ candidates: [(Tag, FunctionDecl)], _ arguments: [Argument], _ name: String,
                                   _ loc: Loc, expecting expected: StaticType? = nil) -> (index: Tag, decl: FunctionDecl)? {
        guard let first = candidates.first else { return nil }
        let labels = arguments.map(\.label), trailing = arguments.map(\.isTrailingClosure)
        let probes = arguments.map { probe($0.value) }
        var best: (index: Tag, decl: FunctionDecl, score: Int)?
        var tied = false
        for (index, decl) in candidates {
            guard case .success(let slots) = ArgumentMatching.match(decl.parameters.map(\.shape), labels: labels, trailing: trailing,
                                                                    callee: decl.name) else { continue }
            var score = 0
            var fits = true
            for (parameter, slot) in zip(decl.parameters, slots) {
                guard case .argument(let position) = slot else { continue }
                guard let points = fit(probes[position], to: parameter.type) else { fits = false; break }
                score += points
            }
            guard fits else { continue }
            // Overloads that differ in their result: the one the context expects (`let n: Int = parse(s)`).
            if let expected, let result = decl.returnType.flatMap(erasingGenerics), result == expected { score += 1 }
            if score == best?.score, decl.genericParameters.isEmpty, best?.decl.genericParameters.isEmpty == true { tied = true }
            if score > best?.score ?? -1 {
                best = (index, decl, score)
                tied = false
            }
        }
        if tied { error("ambiguous use of '\(name)'", loc) }
        let chosen = best ?? (first.0, first.1, 0)
        return (chosen.index, chosen.decl)
    }

    /// What an argument is, as far as choosing an overload needs: a literal's kind or a type.
    enum ArgumentProbe {
        case integerLiteral, floatLiteral, typed(StaticType?)
    }

    /// The argument's type without context, leaving no errors behind (the chosen overload's check
    /// reports them).
    private func probe(_ value: Expr) -> ArgumentProbe {
        if isLiteralLike(value) { return literalDefault(value) == .double ? .floatLiteral : .integerLiteral }
        let reported = errors.count
        let type = check(value)
        errors.removeSubrange(reported...)
        return .typed(type)
    }

    /// How well an argument fits a parameter of type `expected` (nil: generic or unknown):
    /// 3 exactly, 2 by a literal's or an optional's conversion, 1 as a generic or unknown type;
    /// nil when Swift would not pass it.
    private func fit(_ probe: ArgumentProbe, to written: StaticType?) -> Int? {
        guard let written else { return 1 }
        guard let expected = erasingGenerics(written), expected == written else { return genericFit(probe, to: written) }
        switch probe {
        case .integerLiteral:
            if expected.unwrapped == .int { return 3 }
            return expected.unwrapped.isFloatingPoint ? 2 : (expected.isCertain ? nil : 1)
        case .floatLiteral:
            if expected.unwrapped == .double { return 3 }
            return expected.unwrapped == .float ? 2 : (expected.isCertain ? nil : 1)
        case .typed(let found):
            guard let found else { return 1 }
            if found == expected { return 3 }
            if accepts(expected, found) { return 2 }
            return found.isCertain && expected.isCertain ? nil : 1
        }
    }

    /// How well an argument fits a parameter type that mentions generic parameters: 1 for a bare
    /// `T` (or `T?`), 2 for a shape the argument has (`[T]` for an array, `Stack<T>` for a
    /// `Stack`), so the more specific overload wins as in Swift; nil for a shape it lacks.
    private func genericFit(_ probe: ArgumentProbe, to written: StaticType) -> Int? {
        let found: StaticType
        switch probe {
        case .typed(let type?): found = type
        case .typed(nil): return 1
        case .integerLiteral, .floatLiteral:
            switch written {
            case .array, .set, .dictionary, .generic, .tuple, .function: return nil
            default: return 1
            }
        }
        switch (written, found.nominal) {
        case (.array, .array), (.set, .set), (.dictionary, .dictionary), (.tuple, .tuple), (.function, .function): return 2
        case (.generic(let name, _), .named(let other)): return name == other ? 2 : nil
        case (.array, _), (.set, _), (.dictionary, _), (.generic, _), (.tuple, _), (.function, _):
            return found.isCertain || found.nominal != found || classDecl(named: found.description) != nil ? nil : 1
        default: return 1
        }
    }
}
