/// Methods of the standard types as the checker sees them: what their arguments and closure
/// parameters are (so `ys.append(5)` on a `[Double]` appends 5.0 and `ys.map { $0 * 2 }` doubles
/// Doubles) and what they return. A method it does not know has an unknown result.
extension TypeChecker {
    func checkMethod(_ receiver: StaticType?, _ name: String, _ arguments: [Argument], _ loc: Loc, base: Expr? = nil,
                     expecting expected: StaticType? = nil, memberLoc: Loc? = nil) -> StaticType? {
        requireAccessible(name, of: receiver, isStatic: false, loc)
        if let receiver, let method = extensionMember(of: receiver, name, loc), !method.isComputedProperty {
            if method.isMutating, let base { requireMutable(base, mutatingMethod: name) }
            return checkUserCall(method, arguments, loc)
        }
        switch receiver {
        case .optional(let wrapped)?:
            if ["map", "flatMap"].contains(name) {
                return checkOptionalMapping(wrapped, name, arguments, loc, memberLoc: memberLoc, expecting: expected)
            } else if let base {
                requireUnwrapped(.optional(wrapped), member: name, of: base)
            }
        case .array(let element)?:
            if StandardMethods.mutating.contains(name), let base { requireVariable(base, mutatingMethod: name) }
            return checkArrayMethod(receiver!, element, name, arguments, loc, expecting: expected)
        case .range(let element)?:
            return checkArrayMethod(.array(element), element, name, arguments, loc, expecting: expected)
        case .set(let element)?:
            return checkSetMethod(element, name, arguments, loc)
        case .character?:
            checkArguments(arguments)
            return ["uppercased", "lowercased"].contains(name) ? .string : nil
        case .dictionary(let key, let value)?:
            if StandardMethods.mutating.contains(name), let base { requireVariable(base, mutatingMethod: name) }
            return checkDictionaryMethod(key, value, name, arguments)
        case .string?:
            if let result = checkStringIndexMethod(name, arguments, base: base) { return result }
            // `text.map { … }` maps the Characters into an array, as an array of them would.
            if name == "map" { return checkMethod(.array(.character), name, arguments, loc, expecting: expected) }
            requireStringMethod(name, memberLoc ?? loc)
            guard standardLabels(name, .string, arguments, loc) != nil else {
                checkArguments(arguments)
                return nil
            }
            checkArguments(arguments)
            switch name {
            case "hasPrefix", "hasSuffix", "contains": return .bool
            case "uppercased", "lowercased", "trimmingCharacters", "replacingOccurrences", "replacing", "trimmingPrefix", "filter", "padding", "reversed",
                 "prefix", "suffix", "dropFirst", "dropLast", "drop":
                // Swift's `Substring` and `ReversedCollection<String>` are kept as Strings in cells.
                return .string
            case "split", "components": return .array(.string)
            case "removeFirst", "removeLast": return arguments.isEmpty ? .character : .void
            case "randomElement": return .optional(.character)
            case "sorted", "shuffled": return .array(.character)
            default: return nil
            }
        case .named(let className)?, .generic(let className, _)?:
            if classDecl(named: className) != nil,
               let method = memberLoc.flatMap({ chooseMethodOverload(className, name, arguments, $0) })
                ?? globals.method(name, of: className, labels: arguments.map(\.label)) {
                if method.isMutating, let base { requireMutable(base, mutatingMethod: name) }
                return checkUserCall(method, arguments, loc, bound: genericBindings(of: receiver))
            }
            if let decl = classDecl(named: className), member(ofClass: decl, name) == nil,
               !StandardMethods.mutating.contains(name), let element = sequenceElement(ofType: className),
               name == "makeIterator" || StandardMethodShapes.forms(of: name, in: .sequence) != nil {
                // A cell's own sequence has the sequence methods, typed as an array's of its elements.
                guard let element, name != "makeIterator" else {
                    checkLibraryArguments(arguments)
                    return nil
                }
                return checkArrayMethod(.array(element), element, name, arguments, loc, expecting: expected)
            }
            if let decl = classDecl(named: className), member(ofClass: decl, name) == nil {
                if staticMember(ofType: className, name) != nil {
                    error("static member '\(name)' cannot be used on instance of type '\(className)'", loc)
                } else {
                    reportMissingMember(className, name, loc)
                }
            } else if let decl = classDecl(named: className), let property = member(ofClass: decl, name), property.function == nil {
                requireCallable(property.type, loc)
            }
            if let result = checkHostMethod(className, name, arguments, loc, base: base) { return result }
        case let number? where (number == .int || number.isFloatingPoint) && name == "formatted" && arguments.isEmpty:
            return .string
        case nil where name == "reduce" && arguments.count == 2 && arguments[0].value.isImplicitMember:
            // `xs.reduce(.zero, +)` in a generic function returning `T`: the start is a `T`.
            _ = check(arguments[0].value, expecting: expected)
            checkLibraryArguments(Array(arguments.dropFirst()))
            return nil
        default:
            break
        }
        checkLibraryArguments(arguments)
        return nil
    }

    private func checkArrayMethod(_ array: StaticType, _ element: StaticType, _ name: String, _ arguments: [Argument],
                                  _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        guard let labels = standardLabels(name, .sequence, arguments, loc) else {
            checkArguments(arguments)
            return nil
        }
        func closure(_ parameters: [StaticType], _ result: StaticType?) -> StaticType? {
            guard let last = arguments.last else { return nil }
            return check(last.value, expecting: .function(parameters, result ?? .void))
        }
        func closureResult(_ parameters: [StaticType]) -> StaticType? {
            guard let last = arguments.last else { return nil }
            if case .function(_, let result)? = check(last.value, expecting: .function(parameters, .void)) { return result }
            return nil
        }
        switch (name, labels) {
        case ("append", [nil]), ("insert", [nil, "at"]):
            let value = arguments[0].value
            requireConvertible(check(value, expecting: element), to: element, value, role: .argument)
            if arguments.count > 1 { _ = check(arguments[1].value, expecting: .int) }
            return .void
        case ("append", ["contentsOf"]):
            _ = check(arguments[0].value, expecting: array)
            return .void
        case ("sort", []), ("reverse", []), ("shuffle", []), ("removeAll", []):
            return .void
        case ("contains", [nil]):
            let value = arguments[0].value
            requireConvertible(check(value, expecting: element), to: element, value, role: .argument)
            return .bool
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            _ = check(arguments[0].value, expecting: element)
            return .optional(.int)
        case ("firstIndex", ["where"]), ("lastIndex", ["where"]):
            _ = closure([element], .bool)
            return .optional(.int)
        case ("prefix", ["while"]), ("drop", ["while"]):
            _ = closure([element], .bool)
            return array
        case ("joined", _) where element.element != nil && !(element == .string):
            checkArguments(arguments)
            return element
        case ("map", _):
            // `let z: [Double] = xs.map { _ in 0 }`: the closure's result takes the expected element type.
            if let wanted = expected?.element, let last = arguments.last {
                guard case .function(_, let result)? = check(last.value, expecting: .function([element], wanted)) else { return nil }
                return .array(result)
            }
            return closureResult([element]).map { .array($0) }
        case ("filter", _), ("sorted", ["by"]):
            _ = closure(name == "filter" ? [element] : [element, element], .bool)
            return array
        case ("sorted", []), ("shuffled", []):
            if name == "sorted" { requireElementConformance(element, "Comparable", "referencing instance method 'sorted()'", loc) }
            return array
        case ("contains", ["where"]), ("allSatisfy", _):
            _ = closure([element], .bool)
            return .bool
        case ("first", ["where"]), ("last", ["where"]):
            _ = closure([element], .bool)
            return .optional(element)
        case ("forEach", _):
            _ = closure([element], .void)
            return .void
        case ("reduce", ["into", nil]):
            let start = check(arguments[0].value)
            if let start { _ = check(arguments[1].value, expecting: .function([start, element], .void)) } else { _ = check(arguments[1].value) }
            return start
        case ("reduce", _) where arguments.count == 2:
            let initial = arguments[0].value
            let takesElementType = (isLiteralLike(initial) || initial.isImplicitMember) && element.isNumber
            // A literal start is the element's type (when that is a number), unless the closure then
            // fails to type: in `bytes.reduce(0) { $0 + Int($1) }` Swift infers Int from the closure,
            // and in `ints.reduce(0) { $0 + Double($1) }` or `shapes.reduce(0) { $0 + $1.area }` Double.
            if isLiteralLike(initial) {
                var candidates = takesElementType ? [element] : []
                for other in [literalDefault(initial), .double] where !candidates.contains(other) { candidates.append(other) }
                for (number, candidate) in candidates.enumerated() {
                    let reported = errors.count
                    let start = check(initial, expecting: candidate) ?? candidate
                    _ = check(arguments[1].value, expecting: .function([start, element], start))
                    if errors.count == reported || number == candidates.count - 1 { return start }
                    errors.removeSubrange(reported...)
                }
            }
            let start = check(initial, expecting: takesElementType ? element : nil)
            if let start { _ = check(arguments[1].value, expecting: .function([start, element], start)) } else { _ = check(arguments[1].value) }
            return start
        case ("min", []), ("max", []), ("randomElement", []), ("popLast", []):
            return .optional(element)
        case ("min", ["by"]), ("max", ["by"]):
            _ = closure([element, element], .bool)
            return .optional(element)
        case ("reserveCapacity", [nil]):
            checkArguments(arguments, expecting: [.int])
            return .void
        case ("index", ["after"]), ("index", ["before"]), ("index", [nil, "offsetBy"]):
            checkArguments(arguments, expecting: arguments.map { _ in .int })
            return .int
        case ("index", [nil, "offsetBy", "limitedBy"]):
            checkArguments(arguments, expecting: [.int, .int, .int])
            return .optional(.int)
        case ("swapAt", [nil, nil]):
            checkArguments(arguments, expecting: [.int, .int])
            return .void
        case ("partition", ["by"]):
            _ = closure([element], .bool)
            return .int
        case ("replaceSubrange", [nil, "with"]):
            checkArguments(arguments, expecting: [.range(.int), array])
            return .void
        case ("elementsEqual", [nil]), ("starts", ["with"]):
            let other = arguments[0].value
            requireConvertible(check(other, expecting: array), to: array, other, role: .argument)
            requireElementConformance(element, "Equatable", "referencing instance method '\(name)'", loc)
            return .bool
        case ("remove", ["at"]):
            _ = check(arguments[0].value, expecting: .int)
            return element
        case ("removeLast", []), ("removeFirst", []):
            return element
        case ("prefix", [nil]), ("suffix", [nil]), ("suffix", ["from"]), ("dropFirst", _), ("dropLast", _):
            checkArguments(arguments, expecting: [.int])
            return array
        case ("enumerated", []):
            return .array(.tuple([.int, element]))
        case ("joined", _):
            checkArguments(arguments)
            return .string
        default:
            checkArguments(arguments)
            if StandardMethodShapes.forms(of: name, in: .sequence) == nil {
                var message = "value of type '\(array)' has no member '\(name)'"
                if let suggestion = SpellingSuggestions.suggestion(for: name, among: StandardMethodShapes.sequenceMethodNames) {
                    message += "; " + suggestion.fixIt()
                }
                error(message, loc)
            }
            return nil
        }
    }

    /// `xs.append(3)` on `let xs`: Swift's error for a mutating method on a constant collection.
    private func requireVariable(_ base: Expr, mutatingMethod name: String) {
        requireMutableProperty(base, mutatingMethod: name)
        guard case .name(let ref) = base, ref.isConstant else { return }
        error("cannot use mutating member on immutable value: '\(ref.name)' is a 'let' constant; declare it with 'var'", ref.loc)
    }

    private func checkDictionaryMethod(_ key: StaticType, _ value: StaticType, _ name: String, _ arguments: [Argument]) -> StaticType? {
        switch (name, arguments.map(\.label)) {
        case ("removeValue", ["forKey"]):
            _ = check(arguments[0].value, expecting: key)
            return .optional(value)
        case ("updateValue", [nil, "forKey"]):
            _ = check(arguments[0].value, expecting: value)
            _ = check(arguments[1].value, expecting: key)
            return .optional(value)
        case ("first", _) where arguments.count == 1, ("min", _) where arguments.count == 1, ("max", _) where arguments.count == 1:
            let pair = StaticType.tuple([key, value])
            _ = check(arguments[0].value, expecting: .function(name == "first" ? [pair] : [pair, pair], .bool))
            return .optional(pair)
        case ("map", _), ("filter", _), ("sorted", ["by"]), ("forEach", _):
            let pair = StaticType.tuple([key, value])
            let parameters = name == "sorted" ? [pair, pair] : [pair]
            let result: StaticType = name == "map" ? .void : (name == "forEach" ? .void : .bool)
            let closureType = arguments.last.flatMap { check($0.value, expecting: .function(parameters, result)) }
            switch name {
            case "map":
                if case .function(_, let mapped)? = closureType { return .array(mapped) }
                return nil
            case "sorted": return .array(pair)
            case "forEach": return .void
            default: return nil
            }
        default:
            checkArguments(arguments)
            return nil
        }
    }

    /// The call's labels as the standard method's matching form names them (a trailing closure
    /// takes its parameter's label); nil, with the error reported, when no form matches.
    private func standardLabels(_ name: String, _ family: StandardMethodShapes.Family, _ arguments: [Argument],
                                _ loc: Loc) -> [String?]? {
        let labels = arguments.map(\.label)
        guard let forms = StandardMethodShapes.forms(of: name, in: family) else { return labels }
        if let form = StandardMethodShapes.matchingForm(forms, labels, trailing: arguments.map(\.isTrailingClosure)) { return form }
        error(StandardMethodShapes.mismatch(name, forms, labels), loc)
        return nil
    }
}
