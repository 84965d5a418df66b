/// `items[i].x` as a place, and `items[i].x = value`, `items[i].x op= value`, for an array held by
/// a local or global variable: the element's stored property changes where the array stores it,
/// in one step. The index is evaluated first, then the right-hand side (Swift's order, whatever
/// either expression is), then the array is moved out of its variable and the element out of the
/// array, and the struct instance is copied only when something else refers to it — as Swift's
/// copy-on-write does, so a copy of the array or of the element made before the change
/// (`let snapshot = items`) keeps the old values. A property with observers or computed, a class
/// instance, a dictionary or a user subscript takes `changeGenerally`, the steps of the place
/// built from its parts.
final class ElementFieldPlace {
    /// Where the array is stored.
    private enum Variable {
        case local(depth: Int, slot: Int)
        /// A global's storage, in `globalTable`.
        case global(UnsafeMutablePointer<Value?>)
    }

    private let ref: NameRef
    private let variable: Variable
    /// The table that holds a global's storage, kept alive by this place. Kept apart from
    /// `variable`, which then holds no reference: a switch over it retains nothing.
    private let globalTable: GlobalValues?
    private let arguments: [Argument]
    private let name: String
    private let loc: Loc
    private let subscriptLoc: Loc
    private let index: CompiledIndex
    private let cache = FieldCache()

    /// Nil unless `base` is a local or global variable subscripted by one unlabelled index.
    private init?(_ base: Expr, _ name: String, _ loc: Loc, _ context: CompileContext) {
        guard case .subscriptAccess(.name(let ref), let arguments, let subscriptLoc) = base,
              arguments.count == 1, arguments[0].label == nil else { return nil }
        switch ref.resolution {
        case .local(let depth, let slot):
            (variable, globalTable) = (.local(depth: depth, slot: slot), nil)
        case .global(let global) where !ref.isThroughAccessors:
            let storage = context.globalSlot(global)
            (variable, globalTable) = (.global(storage.pointer), storage.table)
        default:
            return nil
        }
        (self.ref, self.arguments, self.name, self.loc, self.subscriptLoc) = (ref, arguments, name, loc, subscriptLoc)
        index = CompiledIndex(arguments[0].value, context)
    }

    static func place(_ base: Expr, _ name: String, _ loc: Loc, _ context: CompileContext) -> CompiledPlace? {
        guard let site = ElementFieldPlace(base, name, loc, context) else { return nil }
        return { interpreter, body in
            let position = try site.index.position(interpreter)
            try withoutActuallyEscaping(body) { body in try site.change(interpreter, position, PlaceBody(body: body), .void) }
        }
    }

    /// `target = value` (`op` nil) or `target op= value`, when `target` is `variable[index].name`.
    static func assignment(_ target: Expr, _ op: BinaryOperator?, _ value: @escaping CompiledExpression, _ loc: Loc,
                           _ context: CompileContext) -> CompiledExpression? {
        guard case .member(let base, let name, let memberLoc) = target,
              let site = ElementFieldPlace(base, name, memberLoc, context) else { return nil }
        guard let op else { return site.assignment(value, Replacement()) }
        if let code = BinaryOperation.withRule(op, NumericCompoundBuilder(site: site, value: value, op: op, loc: loc)) {
            return code.run
        }
        return site.assignment(value, OtherCompound(change: ExpressionCompiler.compoundChange(op, loc)))
    }

    /// The index, then the right-hand side, then the property changed by `fieldChange`.
    fileprivate func assignment<Change: FieldChange>(_ value: @escaping CompiledExpression, _ fieldChange: Change) -> CompiledExpression {
        return { interpreter in
            let position = try self.index.position(interpreter)
            let rhs = try value(interpreter)
            try self.change(interpreter, consume position, fieldChange, rhs)
            return .void
        }
    }

    /// Element `position`'s property changed by `fieldChange` with `rhs`, in the variable's
    /// storage. Generic over the change, so that the change is inlined into the in-place path.
    @inline(__always)
    private func change<Change: FieldChange>(_ interpreter: Interpreter, _ position: consuming IndexPosition, _ fieldChange: Change,
                                             _ rhs: Value) throws {
        switch consume position {
        case .offset(let offset):
            if try changeInPlace(interpreter, offset, { try fieldChange.apply(interpreter, &$0, rhs) }) { return }
            try changeGenerally(interpreter, .int(offset)) { try fieldChange.apply(interpreter, &$0, rhs) }
        case .other(let position):
            try changeGenerally(interpreter, position) { try fieldChange.apply(interpreter, &$0, rhs) }
        }
    }

    /// `changeElementInPlace` on the array where the variable stores it; false, with nothing
    /// changed, when it does not apply (a global with no value yet takes the general path, which
    /// raises the error).
    @inline(__always)
    private func changeInPlace(_ interpreter: Interpreter, _ offset: Int, _ body: (inout Value) throws -> Bool) throws -> Bool {
        switch variable {
        case .local(let depth, let slot):
            let slots = try interpreter.slots(atDepth: depth, ref.loc)
            return try changeElementInPlace(&slots[slot], offset, body)
        case .global(let storage):
            guard case .some = storage.pointee else { return false }
            return try changeElementInPlace(&storage.pointee!, offset, body)
        }
    }

    /// The steps of the place built from its parts: the element changed as `modifyElement`
    /// changes it, a struct's property through `modifyStructField` (its observers run), and any
    /// other element (a class instance, a host value) through `modifyMember`.
    @inline(never)
    private func changeGenerally(_ interpreter: Interpreter, _ position: Value, _ body: (inout Value) throws -> Bool) throws {
        var other: Value?
        switch variable {
        case .local(let depth, let slot):
            let slots = try interpreter.slots(atDepth: depth, ref.loc)
            _ = try changeElement(interpreter, &slots[slot], position, &other, body)
        case .global(let global):
            try interpreter.modifyGlobal(global, ref) { try changeElement(interpreter, &$0, position, &other, body) }
        }
        try changeOther(interpreter, other, position, body)
    }

    /// The property of element `offset` of the array in `container`, changed by `body` where the
    /// array stores it when the element is a struct and the property is plain (see
    /// `FieldCache.plainStructFieldIndex`); false, with nothing changed, when `container` or the
    /// element is of any other kind. An index out of range traps at the subscript, as for any
    /// array element.
    @inline(__always)
    private func changeElementInPlace(_ container: inout Value, _ offset: Int, _ body: (inout Value) throws -> Bool) throws -> Bool {
        guard case .array = container, case .array(var items) = container.take() else { return false }
        // `take` left `.void` in the container and in the element, which hold nothing to release.
        defer { withUnsafeMutablePointer(to: &container) { $0.initialize(to: .array(items)) } }
        guard items.indices.contains(offset) else {
            throw LocatedError(.runtime, "index \(offset) out of range for an array of \(items.count) elements", subscriptLoc)
        }
        return try items.withUnsafeMutableBufferPointer { elements in
            let element = elements.baseAddress.unsafelyUnwrapped + offset
            guard case .object = element.pointee, case .object(var instance) = element.pointee.take() else { return false }
            defer { element.initialize(to: .object(instance)) }
            guard let field = cache.plainStructFieldIndex(in: instance.scriptClass, name) else { return false }
            if !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
            _ = try body(&instance.fields[field])
            return true
        }
    }

    /// The element changed as `modifyElement` changes it, and a struct's property through
    /// `modifyStructField`; any other element is handed back in `other`.
    private func changeElement(_ interpreter: Interpreter, _ container: inout Value, _ position: Value, _ other: inout Value?,
                               _ body: (inout Value) throws -> Bool) throws -> Bool {
        try interpreter.modifyElement(&container, position, subscriptLoc) { element in
            if let field = cache.structField(of: element, name) {
                return try interpreter.modifyStructField(&element, field, name, loc, body)
            }
            other = element
            return false
        }
    }

    /// A value that is not a struct (a class instance, a host value) changes through
    /// `modifyMember`, as the tree walker changes it, with the index already evaluated.
    private func changeOther(_ interpreter: Interpreter, _ other: Value?, _ position: Value,
                             _ body: (inout Value) throws -> Bool) throws {
        guard var other else { return }
        var pinned = arguments
        pinned[0].value = .literal(position, subscriptLoc)
        try interpreter.modifyMember(of: &other, .subscriptAccess(.name(ref), pinned, subscriptLoc), name, loc, loc, body)
    }
}

/// What an assignment to an element's property does to the property's value `current`;
/// returns whether it changed it, as the body of a place does (an assignment always does).
private protocol FieldChange {
    func apply(_ interpreter: Interpreter, _ current: inout Value, _ rhs: Value) throws -> Bool
}

/// The body a compiled place's user gives (see `CompiledPlace`); it has no right-hand side.
private struct PlaceBody: FieldChange {
    let body: (inout Value) throws -> Bool

    func apply(_ interpreter: Interpreter, _ current: inout Value, _ rhs: Value) throws -> Bool { try body(&current) }
}

/// `=`: the new value replaces the old.
private struct Replacement: FieldChange {
    @inline(__always)
    func apply(_ interpreter: Interpreter, _ current: inout Value, _ rhs: Value) throws -> Bool {
        current = rhs
        return true
    }
}

/// `+=`, `-=`, `*=`, `/=`, `%=`: Int and Double operands inline; anything else, an overflow or a
/// division by zero through `changeSlowly`, which computes the result or raises the error.
private struct NumericCompound<Rule: NumericRule>: FieldChange {
    let op: BinaryOperator
    let loc: Loc

    @inline(__always)
    func apply(_ interpreter: Interpreter, _ current: inout Value, _ rhs: Value) throws -> Bool {
        if let result = Rule.apply(current, rhs) {
            current = result
        } else {
            try ExpressionCompiler.changeSlowly(op, &current, rhs, interpreter, loc)
        }
        return true
    }
}

/// Any other compound operator (`<<=`, `&+=`, …), through its compiled change.
private struct OtherCompound: FieldChange {
    let change: ExpressionCompiler.ElementChange

    func apply(_ interpreter: Interpreter, _ current: inout Value, _ rhs: Value) throws -> Bool {
        try change(interpreter, &current, rhs)
        return true
    }
}

/// Builds the assignment for the operator's rule (see `NumericRuleConsumer`).
private struct NumericCompoundBuilder: NumericRuleConsumer {
    let site: ElementFieldPlace
    let value: CompiledExpression
    let op: BinaryOperator
    let loc: Loc

    func build<Rule: NumericRule>(_ rule: Rule.Type) -> ExpressionCode {
        ExpressionCode(run: site.assignment(value, NumericCompound<Rule>(op: op, loc: loc)))
    }
}
