/// Evaluation of expressions.
extension Interpreter {
    /// Thrown by `base?` when `base` is nil; caught by the enclosing optional chain.
    struct OptionalChainEnded: Error {}

    func evaluate(_ expr: Expr) throws -> Value {
        switch expr {
        case .literal(let value, _):
            return value
        case .name(let ref), .selfValue(let ref):
            return try load(ref)
        case .binary(let op, let lhs, let rhs, let loc):
            return try binary(op, evaluate(lhs), evaluate(rhs), loc)
        case .call(let callee, let arguments, let loc):
            return try evaluateCall(callee, arguments, loc)
        case .member(let base, let name, let loc):
            let value = try evaluate(base)
            // `Either<Int, String>.left(3)`: the case's value keeps the written arguments.
            if case .name(let ref) = base, let written = ref.typeArguments, case .type(let scriptClass as ScriptClass) = value,
               let made = try enumMember(scriptClass, name, loc, typeArguments: written) {
                return made
            }
            return try member(of: value, name, loc)
        case .assign(let target, let value, let loc):
            try throughOptionalChain(target) { target in
                let target = try pinningIndices(target)
                try assign(target, evaluate(value), loc)
            }
            return .void
        case .compoundAssign(let op, let target, let value, let loc):
            try throughOptionalChain(target) { target in
                let target = try pinningIndices(target)
                try compoundAssign(op, target, evaluate(value), loc)
            }
            return .void
        case .interpolation(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .text(let literal): text += literal
                case .value(let value): text += try evaluate(value).description
                }
            }
            return .string(text)
        case .implicitMember(let implicit):
            if let enumName = implicit.enumName, let type = globals.entry(enumName).flatMap({ globals.values[$0.index] })
                ?? bindings.members[enumName] ?? genericEnvironments.last?[enumName] {
                if let written = implicit.typeArguments, case .type(let scriptClass as ScriptClass) = type,
                   let value = try enumMember(scriptClass, implicit.name, implicit.loc, typeArguments: written) {
                    return value
                }
                return try member(of: type, implicit.name, implicit.loc)
            }
            if implicit.isThroughGenericParameter { throw unboundGenericParameter(implicit.enumName ?? "", implicit.loc) }
            return .symbol(implicit.name)
        case .subscriptAccess(let base, let arguments, let loc):
            return try subscriptValue(evaluate(base), arguments.map { try evaluate($0.value) }, arguments.map(\.label), loc)
        case .closure(let decl):
            return .function(Function(name: "closure", kind: .script(decl, captured: frame, receiver: nil)))
        case .and(let lhs, let rhs, let loc):
            guard try truth(evaluate(lhs), loc) else { return .bool(false) }
            return .bool(try truth(evaluate(rhs), loc))
        case .or(let lhs, let rhs, let loc):
            if try truth(evaluate(lhs), loc) { return .bool(true) }
            return .bool(try truth(evaluate(rhs), loc))
        case .nilCoalescing(let lhs, let rhs, _):
            let value = try evaluate(lhs)
            if case .none = value { return try evaluate(rhs) }
            return value
        case .unary(let op, let operand, let loc):
            return try unary(op, evaluate(operand), loc)
        case .forceUnwrap(let operand, let loc):
            let value = try evaluate(operand)
            if case .none = value { throw LocatedError(.runtime, "unexpectedly found nil while unwrapping an optional value", loc) }
            return value
        case .optionalBind(let operand, _):
            let value = try evaluate(operand)
            if case .none = value { throw OptionalChainEnded() }
            return value
        case .optionalChain(let inner):
            do { return try evaluate(inner) } catch is OptionalChainEnded { return .none }
        case .ternary(let condition, let then, let otherwise, let loc):
            return try truth(evaluate(condition), loc) ? evaluate(then) : evaluate(otherwise)
        case .array(let items, _):
            return .array(try items.map { try evaluate($0) })
        case .dictionary(let pairs, let loc):
            var dictionary = ValueDictionary()
            for (key, value) in pairs {
                let keyValue = try evaluate(key)
                guard dictionary.set(keyValue, try evaluate(value)) else {
                    throw LocatedError(.runtime, "\(keyValue.typeName) cannot be a dictionary key", loc)
                }
            }
            return .dictionary(dictionary)
        case .tuple(let items, let labels, _):
            return .tuple(try items.map { try evaluate($0) }, labels: labels)
        case .oneSidedRange(let lower, let upper, let closed, let loc):
            let low = try lower.map { try integer(evaluate($0), loc) } ?? 0
            var high = try upper.map { try integer(evaluate($0), loc) } ?? Int.max
            if closed, upper != nil {
                guard high < Int.max else { throw LocatedError(.runtime, "range upper bound overflows Int", loc) }
                high += 1
            }
            return .range(lower: low, upper: high)
        case .cast(let operand, let typeName, let conditional, let loc):
            return try explicitCast(evaluate(operand), to: typeName, conditional: conditional, loc)
        case .described(let described):
            let value = try evaluate(described.expr)
            guard let type = described.type, type.containsOptional else { return value }
            return .host(DescribedValueText(value: value, type: type))
        case .dynamicType(let described, _):
            return TypeFunctions.type(of: try evaluate(described.expr), declared: described.type, bindings)
        case .tried(let operand, _):
            return try evaluate(operand)
        case .tryOptional(let operand):
            return try evaluateTry(operand, forced: false, operand.loc)
        case .tryForce(let operand, let loc):
            return try evaluateTry(operand, forced: true, loc)
        case .coerce(let operand, let typeName):
            return try cast(evaluate(operand), to: typeName, conditional: false, operand.loc)
        case .number(let literal):
            return literal.value
        case .typeCheck(let operand, let typeName, _):
            return .bool(isInstance(try evaluate(operand), of: typeName))
        case .discard(let loc):
            throw LocatedError(.runtime, "'_' can only appear on the left of an assignment", loc)
        case .inoutArgument(let target, _):
            return try evaluate(target)
        case .superMember(let member):
            return try superMember(member)
        }
    }

    func integer(_ value: Value, _ loc: Loc) throws -> Int {
        guard case .int(let int) = value else { throw LocatedError(.runtime, "expected an Int, got \(value.typeName)", loc) }
        return int
    }

    // MARK: Assignment

    func assign(_ target: Expr, _ value: Value, _ loc: Loc) throws {
        switch target {
        case .name(let ref):
            try store(ref, value)
        case .discard:
            break
        case .tuple(let targets, _, _):
            guard case .tuple(let items, _) = value, items.count == targets.count else {
                throw LocatedError(.runtime, "cannot assign \(value.typeName) to a tuple of \(targets.count) names", loc)
            }
            for (item, itemTarget) in zip(items, targets) { try assign(itemTarget, item, loc) }
        case .subscriptAccess(let base, let arguments, let subscriptLoc):
            // The element is replaced: a user subscript's setter runs without its getter, as in Swift.
            let indices = try arguments.map { try evaluate($0.value) }
            let labels = arguments.map(\.label)
            try modify(base, loc) { try replaceElement(&$0, indices, labels, value, subscriptLoc) }
        default:
            try modify(target, loc) { $0 = value }
        }
    }

    /// `target op= rhs` with `rhs` already evaluated, changing the target's storage in place.
    func compoundAssign(_ op: BinaryOperator, _ target: Expr, _ rhs: Value, _ loc: Loc) throws {
        try modify(target, loc) { current in
            if try !compoundInPlace(op, &current, rhs, loc) { current = try binary(op, current, rhs, loc) }
        }
    }

    /// Applies a compound operator the target's type implements itself — a script type's
    /// `static func += (lhs: inout Vector, rhs: Vector)`, or one bound for a host value
    /// (`tensor -= other`) — changing the value in place; false when its type has none.
    func compoundInPlace(_ op: BinaryOperator, _ target: inout Value, _ rhs: Value, _ loc: Loc) throws -> Bool {
        if case .object(let object) = target, let method = cachedMember(op.rawValue + "=", of: object.scriptClass.name, isStatic: true) {
            let arguments = CallArguments(values: [target, rhs], labels: [nil, nil], trailing: [false, false])
            let (_, frame) = try callScriptKeepingFrame(method, captured: nil, receiver: .type(object.scriptClass), arguments, loc)
            target = frame.value(at: 1)
            return true
        }
        guard target.hostValue != nil, let operators = bindings.binaryOperators[op.rawValue + "="] else { return false }
        for candidate in operators {
            do {
                if try candidate(target, rhs) != nil { return true }
            } catch {
                throw hostError(error, loc)
            }
        }
        return false
    }

    /// Mutates the storage `target` names in place — a variable, a property, an element — so that
    /// `xs.append(x)` and `grid[i][j] += 1` do not copy the array (Swift's copy-on-write stays cheap).
    func modify(_ target: Expr, _ loc: Loc, _ body: (inout Value) throws -> Void) throws {
        try modifyIfChanged(target, loc) { value in
            try body(&value)
            return true
        }
    }

    /// `modify`, for a `body` that may turn out not to change anything (it returns whether it did):
    /// then nothing is written back through properties, setters or subscripts. A call such as
    /// `split.images.reshaped(…)` is tried as a mutating method first and must not assign
    /// `images` back — it may well be read-only.
    func modifyIfChanged(_ target: Expr, _ loc: Loc, _ body: (inout Value) throws -> Bool) throws {
        switch target {
        case .name(let ref), .selfValue(let ref):
            switch ref.resolution {
            case .local(let depth, let slot):
                guard let frame else { throw LocatedError(.runtime, "internal: no frame", loc) }
                try modifySlot(frame.ancestor(depth), slot, body)
            case .global(let index):
                try modifyGlobal(index, ref, body)
            case .implicitSelf(let depth) where !ref.isSelfType:
                try modifyMember(ref.selfMember(depth), ref.name, ref.loc, loc, body)
            default:
                var value = try load(ref)
                if try body(&value) { try store(ref, value) }
            }
        case .member(let base, let name, let memberLoc):
            try modifyMember(base, name, memberLoc, loc, body)
        case .subscriptAccess(let base, let arguments, let subscriptLoc):
            let base = try pinningIndices(base)
            let indices = try arguments.map { try evaluate($0.value) }
            let labels = arguments.map(\.label)
            try modifyIfChanged(base, loc) { try modifyElement(&$0, indices, labels, subscriptLoc, body) }
        case .forceUnwrap(let base, let unwrapLoc):
            try modifyIfChanged(base, loc) { value in
                if case .none = value { throw LocatedError(.runtime, "unexpectedly found nil while unwrapping an optional value", unwrapLoc) }
                return try body(&value)
            }
        case .optionalBind(let base, _):
            try modifyIfChanged(base, loc) { value in
                if case .none = value { throw OptionalChainEnded() }
                return try body(&value)
            }
        default:
            throw LocatedError(.runtime, "cannot assign to this expression", loc)
        }
    }

    func isValueType(_ value: Value) -> Bool {
        switch value {
        case .int, .double, .float, .bool, .string, .character, .array, .dictionary, .set, .tuple, .range, .none, .void, .symbol:
            return true
        default: return false
        }
    }
}
