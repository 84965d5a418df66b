/// The checker's view of library calls with the static types the bindings declare: a parameter's
/// written type (`epochs: Int`), a call's result (the body's Swift type, or the signature's
/// `-> Result`) and a property's type. Before anything runs it reports an argument no conversion
/// of the binding accepts (`Dense("64")`, `fit(x, y, epochs: 2.5)`, a Tensor for an Int), a result
/// used as something it is not (`let n: Int = model.evaluate(x, y)`), a method, subscript or call
/// of a typed host value (`criterion(output, labels)`) with the wrong arguments, and `?.`/`!` on a
/// value that is not optional. Closure arguments take the declared parameter types, and `for`
/// loops over a bound sequence the declared element type.
///
/// It stays gradual: a type the bindings do not declare, or that the checker cannot read, is
/// unknown, and only mismatches the run would certainly reject are reported. Labels and arity of
/// calls whose callee is a name (`Dense(…)`, `nn.Linear(…)`) are the `LibraryCallChecker`'s.
extension TypeChecker {
    /// The library value a callee names: a bound function or type (`Dense`, `plot`), a namespace
    /// member (`nn.Linear`, `F.relu`) or a static member (`Tensor.zeros`).
    func libraryValue(_ callee: Expr) -> Value? {
        switch callee {
        case .name(let ref):
            if case .constant(let value) = ref.resolution { return value }
            return nil
        case .member(let base, let name, _):
            switch libraryValue(base) {
            case .namespace(let namespace)?: return namespace.members[name]
            case .type(let type as TypeBinding)?: return type.statics[name]
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A call of a bound function or type: its arguments against the overloads whose labels fit.
    func checkHostCall(_ callee: String, _ value: Value, _ arguments: [Argument], _ loc: Loc) -> StaticType? {
        var overloads: [HostOverload] = []
        switch value {
        case .function(let function):
            if case .host(let found, nil) = function.kind { overloads = found }
        case .type(let type as TypeBinding):
            overloads = type.initializers
        default:
            break
        }
        if overloads.isEmpty {
            checkLibraryArguments(arguments)
            return nil
        }
        return checkHostOverloads(overloads, arguments, loc, callee: callee, reportsLabels: false)
    }

    /// A method call on a value whose static type is a bound host type (or a script subclass of
    /// one, for the methods it inherits); nil when the type has no
    /// such method (a property holding a closure, or a member it lacks, reported here), which
    /// stays gradual. A mutating method of a host value type needs a `var`, as in Swift.
    func checkHostMethod(_ typeName: String, _ name: String, _ arguments: [Argument], _ loc: Loc, base: Expr?) -> StaticType?? {
        if let decl = classDecl(named: typeName) {
            // A stored library value called like a method (`self.conv1(x)`).
            if let property = member(ofClass: decl, name), property.function == nil {
                return checkHostInstanceCall(property.type, arguments, loc)
            }
            // A script subclass of a library class (`class Net: nn.Module`) has the class's methods.
            guard let hostBase = hostBase(ofClass: typeName) else { return nil }
            return checkHostMethod(hostBase.staticName, name, arguments, loc, base: base)
        }
        let overloads = hostMethods(typeName, name)
        guard !overloads.isEmpty else {
            requireHostMember(typeName, name, loc)
            return nil
        }
        if case .name(let ref)? = base, ref.isConstant,
           bindings.typeBindings(named: typeName).contains(where: { $0.lookup(\.mutatingMethods, name) != nil }) {
            error("cannot use mutating member '\(name)' on immutable value: '\(ref.name)' is a 'let' constant; declare it with 'var'", ref.loc)
        }
        return .some(checkHostOverloads(overloads, arguments, loc, callee: "\(typeName).\(name)", reportsLabels: true))
    }

    /// A subscript of a bound host type (`digits[0]`): its arguments against the bound subscripts,
    /// and the result type they declare; nil when the type is not a bound host type with subscripts.
    func checkHostSubscript(_ typeName: String, _ arguments: [Argument], _ loc: Loc) -> StaticType?? {
        guard isHostType(.named(typeName)) else { return nil }
        let overloads = bindings.typeBindings(named: typeName).flatMap { $0.firstInChain { $0.subscripts.isEmpty ? nil : $0.subscripts } ?? [] }
        guard !overloads.isEmpty else { return nil }
        return .some(checkHostOverloads(overloads, arguments, loc, callee: "\(typeName) subscript", reportsLabels: false))
    }

    /// Calling a library value (`criterion(output, labels)`, `conv1(x)`) or an instance of a script
    /// subclass of a library class (`model(images)`, which goes through the class's call to the
    /// script's `forward`): its arguments against the bound call overloads and their result; nil
    /// when `type` is not callable so, or is a subclassable class itself (an `nn.Module` may be a
    /// script subclass whose `forward` returns what it likes).
    func checkHostInstanceCall(_ type: StaticType?, _ arguments: [Argument], _ loc: Loc) -> StaticType?? {
        guard case .named(let typeName)? = type else { return nil }
        var types = bindings.typeBindings(named: typeName)
        if let decl = classDecl(named: typeName) {
            // A script `callAsFunction` is called first, and is checked as the script's own.
            guard member(ofClass: decl, "callAsFunction") == nil, let base = hostBase(ofClass: typeName) else { return nil }
            types = [base]
        } else if types.contains(where: { $0.subclassFactory != nil }) {
            return nil
        }
        let overloads = types.flatMap { $0.firstInChain { $0.callOverloads.isEmpty ? nil : $0.callOverloads } ?? [] }
        guard !overloads.isEmpty else { return nil }
        return .some(checkHostOverloads(overloads, arguments, loc, callee: typeName, reportsLabels: true))
    }

    /// A property of a bound host type, when every binding of that name declares one type for it;
    /// a member no binding of the type (or of its bound subclasses) has is reported.
    func hostPropertyType(_ typeName: String, _ name: String, _ loc: Loc) -> StaticType? {
        let types = bindings.typeBindings(named: typeName).map { type in
            type.firstInChain { $0.propertyTypes[name] }.flatMap(bindings.staticType(ofHost:))
        }
        guard let first = types.first ?? nil, types.allSatisfy({ $0 == first }) else {
            requireHostMember(typeName, name, loc)
            return nil
        }
        return first
    }

    /// `model.fitt(…)`, `history.losses`: a member that no binding of the host type, of its
    /// superclasses or of its bound subclasses has. A value typed as a subclassable class itself
    /// (`nn.Module`) is skipped: it may be an instance of a script subclass, with members of its
    /// own; one typed as a bound subclass of it (`nn.Linear`) is exactly that.
    private func requireHostMember(_ typeName: String, _ name: String, _ loc: Loc) {
        let types = bindings.typeBindings(named: typeName)
        let family = types + subclasses(of: types)
        guard !types.isEmpty, !types.contains(where: { $0.subclassFactory != nil }) else { return }
        let names = Set(family.flatMap(\.instanceMemberNames))
        guard !names.contains(name) else { return }
        var message = "value of type '\(typeName)' has no member '\(name)'"
        if let suggestion = SpellingSuggestions.suggestion(for: name, among: names) {
            message += "; " + suggestion.fixIt()
        } else if names.count <= 12 {
            // A small type's members are the fix: `row.text("station")` on a `DataRow` lists `string`.
            message += " (it has " + names.sorted().map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
        error(message, loc)
    }

    /// What `for x in value` gives for a value of `type`: a standard collection's elements, or
    /// those a bound sequence type declares (`for (images, labels) in loader`); nil when unknown.
    func elementType(of type: StaticType?) -> StaticType? {
        guard let type else { return nil }
        if let element = type.element { return element }
        guard isHostType(type), case .named(let name) = type else { return nil }
        let elements = bindings.typeBindings(named: name).map { binding in
            binding.firstInChain { $0.iterate == nil ? nil : $0 }.flatMap(bindings.elementType(of:))
        }
        guard let first = elements.first ?? nil, elements.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// Whether `type` is a bound host type (and no script class of that name hides it).
    func isHostType(_ type: StaticType?) -> Bool {
        guard case .named(let name)? = type, classDecl(named: name) == nil else { return false }
        return !bindings.typeBindings(named: name).isEmpty
    }

    /// A type whose values are known well enough that storing one where another certain type is
    /// declared is an error: `isCertain` types, bound host types, and tuples and arrays of these.
    func isKnownValueType(_ type: StaticType) -> Bool {
        if type.isCertain || isHostType(type) { return true }
        if case .tuple(let items) = type { return items.allSatisfy { isKnownValueType($0) } }
        if case .array(let element) = type { return isKnownValueType(element) }
        return false
    }

    /// `model?.fit(…)` or `model!` where `model` is a host value, which is never optional: Swift
    /// rejects both. (Other types are left alone: the checker types `Int(x)` as `Int` when it does
    /// not know that `x` is a String.)
    func requireOptional(_ found: StaticType?, forced: Bool, _ loc: Loc) {
        guard isHostType(found) || isCertainlyNonOptional(found), let found else { return }
        if forced {
            error("cannot force unwrap value of non-optional type '\(found)'; remove the '!'", loc)
        } else {
            error("cannot use optional chaining on non-optional value of type '\(found)'; remove the '?'", loc)
        }
    }

    /// `history.history["loss"].count`: a member of an optional result used without unwrapping.
    /// (A name declared `T!` is `.implicitlyUnwrapped` and needs no unwrapping.)
    func requireUnwrapped(_ found: StaticType, member name: String, of base: Expr) {
        guard case .optional(let wrapped) = found, isKnownValueType(wrapped) || isScriptType(wrapped) else { return }
        error("value of optional type '\(found)' must be unwrapped to refer to member '\(name)' of wrapped base type "
              + "'\(wrapped)'; chain the optional with '?.', force-unwrap it with '!' or unwrap it with 'if let', 'guard let' or '?? default'", base.loc)
    }

    /// `history.loss + 1`: arithmetic between a collection and a number, which Swift has no operator for.
    func requireArithmeticOperands(_ op: BinaryOperator, _ left: StaticType?, _ right: StaticType?, _ loc: Loc) {
        guard op.isArithmetic, let left, let right, left.isCertain, right.isCertain else { return }
        guard (left.isScalar && isCollection(right)) || (isCollection(left) && right.isScalar) else { return }
        error("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(left)' and '\(right)'", loc)
    }

    private func isCollection(_ type: StaticType) -> Bool {
        switch type {
        case .array, .dictionary, .set: return true
        default: return false
        }
    }

    // MARK: Overloads

    /// The bound methods `name` of the host types called `typeName`, through their superclasses,
    /// and the overrides of bound subclasses (a value typed `Layer` may be a `Dense`).
    private func hostMethods(_ typeName: String, _ name: String) -> [HostOverload] {
        let types = bindings.typeBindings(named: typeName)
        var overloads: [HostOverload] = []
        for type in types {
            overloads += type.lookup(\.methods, name) ?? []
            overloads += (type.lookup(\.mutatingMethods, name) ?? []).map(\.overload)
        }
        guard !overloads.isEmpty else { return [] }
        for type in subclasses(of: types) {
            overloads += (type.methods[name] ?? []) + (type.mutatingMethods[name] ?? []).map(\.overload)
        }
        return overloads
    }

    /// The bound types whose superclass chain contains one of `types` (a value typed `Layer` may be a `Dense`).
    private func subclasses(of types: [TypeBinding]) -> [TypeBinding] {
        bindings.typeBindings.values.filter { type in
            !types.contains { $0 === type } && type.firstInChain({ ancestor in types.contains { $0 === ancestor } ? true : nil }) != nil
        }
    }

    /// Checks the arguments against the overloads whose labels they fit and returns the result
    /// type of the first overload that takes their types. `reportsLabels` reports arguments that
    /// fit no overload's labels (a method of a typed receiver, which the call check cannot see).
    private func checkHostOverloads(_ overloads: [HostOverload], _ arguments: [Argument], _ loc: Loc,
                                    callee: String, reportsLabels: Bool) -> StaticType? {
        let labels = ArgumentLabels(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        let fitting: [(overload: HostOverload, slots: [ArgumentMatching.Slot])] = overloads.compactMap { overload in
            guard overload.signature.problem == nil,
                  case .success(let slots) = ArgumentMatching.match(overload.signature.shapes, labels: labels.labels,
                                                                    trailing: labels.trailing, callee: callee, anyLabelOrder: true)
            else { return nil }
            return (overload, slots)
        }
        guard !fitting.isEmpty else {
            if reportsLabels { reportLabels(labels, overloads, callee: callee, loc) }
            checkLibraryArguments(arguments)
            return nil
        }
        let declaredByOverload = fitting.map { declaredTypes($0.overload, $0.slots, arguments.count) }
        libraryArgumentDepth += 1
        let found = arguments.enumerated().map { index, argument -> StaticType? in
            check(argument.value, expecting: expectedType(of: argument.value, declared: declaredByOverload.map { $0[index] }))
        }
        libraryArgumentDepth -= 1
        var firstProblems: [(String, Loc)]?
        var accepting: [(overload: HostOverload, declared: [StaticType?])] = []
        for (overload, declared) in zip(fitting.map(\.overload), declaredByOverload) {
            let problems = arguments.indices.compactMap { index in
                argumentProblem(found[index], declared[index], arguments[index].value).map { ($0, arguments[index].value.loc) }
            }
            if problems.isEmpty { accepting.append((overload, declared)) }
            if firstProblems == nil { firstProblems = problems }
        }
        guard !accepting.isEmpty else {
            for (message, place) in firstProblems ?? [] { error(message, place) }
            return nil
        }
        // The argument check is lenient (a number passes for a range), so several overloads may
        // accept (`digits[0]`, `digits[0..<10]`): the one whose declared types the arguments have
        // exactly is the one that runs; otherwise the result is typed only when all agree.
        let exact = accepting.filter { zip(found, $0.declared).allSatisfy { found, declared in
            found == nil || declared == nil || found == declared || found == declared?.unwrapped
        } }
        let candidates = (exact.count == 1 ? exact : accepting).map { callResult($0.overload, declared: $0.declared, found: found) }
        return candidates.allSatisfy({ $0 == candidates[0] }) ? candidates[0] : nil
    }

    /// The type an argument is checked against, from what the fitting overloads declare for it:
    /// a literal takes the declared type (`Dropout(0)` passes 0.0) only when one overload fits; a
    /// closure takes its parameter and result types (`LearningRateScheduler { epoch, lr in … }`)
    /// when every fitting overload declares the same function type.
    private func expectedType(of value: Expr, declared: [StaticType?]) -> StaticType? {
        guard let first = declared.first ?? nil else { return nil }
        if case .closure = value, case .function = first, declared.allSatisfy({ $0 == first }) { return closureExpectation(first) }
        return declared.count == 1 && first.isLiteralTarget && isLiteralLike(value) ? first : nil
    }

    /// The declared type of the parameter each argument fills (a variadic parameter's element type).
    private func declaredTypes(_ overload: HostOverload, _ slots: [ArgumentMatching.Slot], _ count: Int) -> [StaticType?] {
        var types = [StaticType?](repeating: nil, count: count)
        for (parameter, slot) in zip(overload.signature.parameters, slots) {
            switch slot {
            case .argument(let index): types[index] = parameter.staticType
            case .variadic(let indices): for index in indices { types[index] = parameter.staticType }
            case .defaulted: break
            }
        }
        return types
    }

    /// Labels and arity no overload of a typed receiver's method takes; a label the call check
    /// already corrects (`batch_size:`) is left to it.
    private func reportLabels(_ labels: ArgumentLabels, _ overloads: [HostOverload], callee: String, _ loc: Loc) {
        let method = String(callee.split(separator: ".").last ?? "")
        if labels.labelled.contains(where: { bindings.labelSuggestion($0, method: method) != nil }) { return }
        let known = Set(overloads.flatMap { $0.signature.parameters.compactMap(\.label) })
        if let unknown = labels.labelled.first(where: { !known.contains($0) }) {
            var message = "no argument '\(unknown):' in call to '\(callee)'"
            if let suggestion = SpellingSuggestions.suggestion(for: unknown, among: known) {
                message += "; " + suggestion.fixIt { "\($0):" }
            } else {
                message += " (it takes \(overloads.map(\.signature.description).joined(separator: " or ")))"
            }
            return error(message, loc)
        }
        let best = overloads.min { labels.mismatch($0.signature).count < labels.mismatch($1.signature).count } ?? overloads[0]
        let problem = labels.mismatch(best.signature).first ?? "no overload takes these arguments"
        error("\(problem) in call to '\(callee)' (it takes \(overloads.map(\.signature.description).joined(separator: " or ")))", loc)
    }

    // MARK: Argument types

    /// Why an argument of type `found` cannot fill a parameter declared `declared`, or nil when it
    /// may (unknown types, conversions the bindings make: an Int for a Double, a String naming an
    /// enum case, a number for a tuple of them).
    private func argumentProblem(_ found: StaticType?, _ declared: StaticType?, _ value: Expr) -> String? {
        guard let found, let declared else { return nil }
        if case .optional(let wrapped) = found {
            guard !declared.containsOptional, wrapped.isScalar, declared.unwrapped.isScalar else { return nil }
            return unwrapMessage(wrapped)
        }
        if let message = hostValueProblem(found, declared.unwrapped, value) { return message }
        guard found.isScalar, found != .float, found != .character, rejects(declared.unwrapped, found) else { return nil }
        var message = Role.argument.message(found, declared.unwrapped)
        if case .literal(.string(let text), _) = value, declared.unwrapped.isNumber, Double(text) != nil {
            message += "; remove the quotes: \(text)"
        } else if case .number = value, declared.unwrapped == .int {
            message += "; write a whole number"
        } else if found.isNumber, declared.unwrapped.isNumber {
            message += "; convert it with '\(declared.unwrapped)(\(sourceText(value) ?? "…"))'"
        }
        return message
    }

    /// A library value (`Tensor`, `Sequential`) given for a number, Bool or String parameter: the
    /// bindings convert none of them (a bound enum's values are left alone). A Tensor's number is
    /// its `item()`.
    private func hostValueProblem(_ found: StaticType, _ declared: StaticType, _ value: Expr) -> String? {
        guard declared.isScalar, declared != .character, found != declared, !found.isFixedWidthInteger, isHostType(found), case .named(let name) = found,
              bindings.typeBindings(named: name).allSatisfy({ $0.enumCases.isEmpty }) else { return nil }
        let message = Role.argument.message(found, declared)
        guard declared.isNumber, bindings.typeBindings(named: name).contains(where: { $0.lookup(\.methods, "item") != nil }) else { return message }
        let text = sourceText(value) ?? "…"
        return message + "; take its number with '" + (declared == .int ? "Int(\(text).item())" : "\(text).item()") + "'"
    }

    /// Whether no binding conversion makes a scalar of type `found` into a `declared` parameter.
    /// Numbers given for collections and host types are left to the run: bindings read a number
    /// as a shape, a pair of sizes or a scalar tensor (`curve.add(train: 2.0, epoch: 1)`), and a
    /// String or Bool only where one of the declared element types is one.
    private func rejects(_ declared: StaticType, _ found: StaticType) -> Bool {
        let textOrTruth = found == .string || found == .bool
        switch declared {
        case .int: return found != .int
        case .double, .float: return !found.isNumber
        case .string, .bool: return found != declared
        case .array(let element), .set(let element), .range(let element): return textOrTruth && element != found
        case .tuple(let items): return textOrTruth && !items.contains(found)
        case .dictionary: return textOrTruth
        case .named(let name):
            let types = bindings.typeBindings(named: name)
            return textOrTruth && !types.isEmpty && types.allSatisfy { $0.enumCases.isEmpty && !converts(found, to: $0.swiftType) }
        default: return false
        }
    }

    /// Whether the bindings convert a String (or a Bool) to host type `type`.
    private func converts(_ found: StaticType, to type: Any.Type) -> Bool {
        let sample: Value = found == .bool ? .bool(true) : .string("x")
        let bindings = self.bindings
        func probe<T>(_: T.Type) -> Bool { bindings.convert(sample, to: T.self) != nil }
        return _openExistential(type, do: probe)
    }
}
