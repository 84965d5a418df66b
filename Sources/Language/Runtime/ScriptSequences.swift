/// Sequences a cell declares and makes. A type conforming to `Sequence` iterates through its
/// `makeIterator()`, or through its own `mutating func next()` when it is its own iterator
/// (`IteratorProtocol`); a `Collection` through `startIndex`, `endIndex`, `index(after:)` and
/// its subscript. `AnyIterator { … }`, `sequence(first:next:)` and `sequence(state:next:)` make
/// sequences from closures. All of them work with `for`-`in`, `Array(…)`, `zip` and the sequence
/// methods (`map`, `filter`, `reduce`, `prefix`, `first(where:)`, …); the methods that may stop
/// early read only the elements they need, so an endless sequence's `prefix(10)` ends.

/// An iterator whose `next()` may run a cell's code, which may fail.
final class ValueIterator {
    private let advance: () throws -> Value?

    init(_ advance: @escaping () throws -> Value?) { self.advance = advance }

    convenience init<Base: IteratorProtocol>(_ base: Base) where Base.Element == Value {
        var base = base
        self.init { base.next() }
    }

    func next() throws -> Value? { try advance() }
}

/// A sequence made in a cell from closures (`AnyIterator { … }`, `sequence(first:next:)`): each
/// `for`-`in` over it asks for a new iterator.
final class ScriptIterable: CustomStringConvertible {
    let typeName: String
    private let makeIteratorBody: () throws -> ValueIterator
    /// An `AnyIterator` is one iterator however often it is iterated: it goes on where it stopped.
    private let shared: ValueIterator?

    init(typeName: String, makeIterator: @escaping () throws -> ValueIterator) {
        self.typeName = typeName
        self.makeIteratorBody = makeIterator
        self.shared = nil
    }

    init(typeName: String, iterator: ValueIterator) {
        self.typeName = typeName
        self.makeIteratorBody = { iterator }
        self.shared = iterator
    }

    func makeIterator() throws -> ValueIterator { try shared ?? makeIteratorBody() }

    /// `it.next()` on an iterator made from closures.
    func next() throws -> Value { try (shared ?? makeIteratorBody()).next() ?? .none }

    var description: String { typeName }
}

extension Interpreter {
    /// The largest number of elements collected from a sequence before its elements are used:
    /// past it a sequence is taken to be endless.
    static let longestCollectedSequence = 10_000_000

    /// An iterator over a cell's own sequence type; nil when the type is none.
    func scriptIterator(_ object: ScriptObject, _ loc: Loc) throws -> ValueIterator? {
        guard isScriptSequence(object) else { return nil }
        if let make = scriptMethod(object, "makeIterator"), !make.isRequirement, make.parameters.isEmpty {
            let iterator = try callScript(make, captured: nil, receiver: .object(object), .empty, loc)
            if case .object(let inner) = iterator, let next = ownNext(inner) { return stepping(inner, next, loc) }
            if case .object(let inner) = iterator, inner === object { return nil }
            return try makeIterator(iterator, loc)
        }
        if let next = ownNext(object) { return stepping(object, next, loc) }
        return try indexIterator(object, loc)
    }

    /// Whether a value of a cell's own type is a sequence the run time can iterate.
    func isScriptSequence(_ object: ScriptObject) -> Bool {
        let conformances = globals.conformances(of: object.scriptClass.name)
        guard !conformances.isDisjoint(with: ["Sequence", "IteratorProtocol", "Collection"]) else { return false }
        if let make = scriptMethod(object, "makeIterator"), !make.isRequirement, make.parameters.isEmpty { return true }
        if ownNext(object) != nil { return true }
        return scriptMethod(object, "index") != nil && conformances.contains("Collection")
    }

    /// A sequence whose elements are made as they are asked for (a cell's own, or one made from
    /// closures), which may never end.
    func isIteratedOnDemand(_ value: Value) -> Bool {
        switch value {
        case .host(let iterable): return iterable is ScriptIterable
        case .object(let object): return object.hostObject == nil && isScriptSequence(object)
        default: return false
        }
    }

    private func ownNext(_ object: ScriptObject) -> FunctionDecl? {
        guard let next = scriptMethod(object, "next"), !next.isRequirement, next.parameters.isEmpty else { return nil }
        return next
    }

    /// Calls `next()` on the iterator: a struct's copy (iterating leaves the value it came from
    /// as it was, as Swift's `for`-`in` iterates a copy), a class's instance itself.
    private func stepping(_ object: ScriptObject, _ next: FunctionDecl, _ loc: Loc) -> ValueIterator {
        var current = Value.object(object.isClassInstance ? object : object.copy())
        return ValueIterator { [unowned self] in
            let (result, frame) = try self.callScriptKeepingFrame(next, captured: nil, receiver: current, .empty, loc)
            current = frame.slots[0]
            if case .none = result { return nil }
            return result
        }
    }

    /// A `Collection`'s elements, by its indices from `startIndex` up to `endIndex`.
    private func indexIterator(_ object: ScriptObject, _ loc: Loc) throws -> ValueIterator? {
        guard scriptMethod(object, "index") != nil, globals.conformances(of: object.scriptClass.name).contains("Collection") else { return nil }
        let collection = Value.object(object)
        var index = try member(of: collection, "startIndex", loc)
        let end = try member(of: collection, "endIndex", loc)
        return ValueIterator { [unowned self] in
            if try self.equal(index, end, loc) { return nil }
            let element = try self.subscriptValue(collection, [index], [nil], loc)
            index = try self.callMethod(collection, "index", CallArguments(values: [index], labels: ["after"], trailing: [false]), loc)
            return element
        }
    }

    /// A sequence method (with `arguments`) or property (without) of a cell's own sequence or one
    /// made from closures: the ones that may stop early read only the elements they need; the
    /// others work on all of them, collected into an array. Nil for a name sequences lack.
    func sequenceMember(_ sequence: Value, _ name: String, _ arguments: CallArguments?, _ loc: Loc) throws -> Value? {
        guard let arguments else {
            guard ["count", "isEmpty", "first", "underestimatedCount"].contains(name) else { return nil }
            if name == "first" { return try makeIterator(sequence, loc).next() ?? .none }
            if name == "isEmpty" { return .bool(try makeIterator(sequence, loc).next() == nil) }
            return .int(try elements(sequence, loc).count)
        }
        guard StandardMethodShapes.forms(of: name, in: .sequence) != nil || name == "makeIterator" else { return nil }
        let call = try MethodCall(name: name, arguments: arguments, loc: loc, interpreter: self, receiver: .array([]))
        switch (name, call.label(0)) {
        case ("makeIterator", _):
            return .host(ScriptIterable(typeName: "\(sequence.typeName).Iterator", iterator: try makeIterator(sequence, loc)))
        case ("prefix", nil):
            let count = try call.int(0)
            guard count >= 0 else { throw call.failure("can't take a prefix of negative length from a sequence") }
            var taken: [Value] = []
            let iterator = try makeIterator(sequence, loc)
            while taken.count < count, let element = try iterator.next() { taken.append(element) }
            return .array(taken)
        case ("prefix", "while"):
            var taken: [Value] = []
            let iterator = try makeIterator(sequence, loc)
            while let element = try iterator.next(), try call.test(0, [element]) { taken.append(element) }
            return .array(taken)
        case ("first", "where"):
            return try firstMatch(sequence, call, loc) ?? .none
        case ("enumerated", _):
            // Swift's `EnumeratedSequence` numbers the elements as they are read.
            return .host(ScriptIterable(typeName: "EnumeratedSequence") { [unowned self] in
                let base = try self.makeIterator(sequence, loc)
                var offset = 0
                return ValueIterator {
                    guard let element = try base.next() else { return nil }
                    defer { offset += 1 }
                    return .tuple([.int(offset), element], labels: ["offset", "element"])
                }
            })
        case ("dropFirst", _):
            let count = call.count > 0 ? try call.int(0) : 1
            guard count >= 0 else { throw call.failure("can't drop a negative number of elements from a sequence") }
            return .host(ScriptIterable(typeName: "DropFirstSequence") { [unowned self] in
                let base = try self.makeIterator(sequence, loc)
                var dropped = 0
                return ValueIterator {
                    while dropped < count {
                        guard try base.next() != nil else { return nil }
                        dropped += 1
                    }
                    return try base.next()
                }
            })
        case ("contains", "where"):
            return .bool(try firstMatch(sequence, call, loc) != nil)
        case ("contains", nil):
            let target = try call.value(0)
            let iterator = try makeIterator(sequence, loc)
            while let element = try iterator.next() { if try equal(element, target, loc) { return .bool(true) } }
            return .bool(false)
        default:
            return try StandardMethods.call(.array(elements(sequence, loc)), name, arguments, loc, self)
        }
    }

    private func firstMatch(_ sequence: Value, _ call: MethodCall, _ loc: Loc) throws -> Value? {
        let iterator = try makeIterator(sequence, loc)
        while let element = try iterator.next() {
            if try call.test(0, [element]) { return element }
        }
        return nil
    }
}

extension StandardLibrary {
    /// `AnyIterator { … }` (or `AnyIterator(iterator)`) and `sequence(first:next:)`.
    static func installSequences(into bindings: Bindings) {
        bindings.function("AnyIterator", "_ base: Any") { a -> Value in
            let interpreter = a.interpreter, base = a["base"]
            let iterator: ValueIterator
            if case .function = base {
                iterator = ValueIterator {
                    let element = try interpreter.callFromHost(base, [])
                    if case .none = element { return nil }
                    return element
                }
            } else {
                iterator = try interpreter.makeIterator(base, .unknown)
            }
            return .host(ScriptIterable(typeName: "AnyIterator", iterator: iterator))
        }
        // Swift calls `next` for the second element on, each time the element after the last is asked for.
        bindings.function("sequence", "first: Any, next: Any") { a -> Value in
            let interpreter = a.interpreter, first = a["first"], step = a["next"]
            return .host(ScriptIterable(typeName: "UnfoldSequence") {
                var current: Value? = first.isNone ? nil : first
                var isFirst = true
                return ValueIterator {
                    if isFirst {
                        isFirst = false
                        return current
                    }
                    guard let value = current else { return nil }
                    let following = try interpreter.callFromHost(step, [value])
                    current = following.isNone ? nil : following
                    return current
                }
            })
        }
    }
}
