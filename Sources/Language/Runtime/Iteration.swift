/// `for`-`in` over ranges, arrays, sets, dictionaries, strings (as Characters) and host sequences.
extension Interpreter {
    func executeFor(_ pattern: Pattern, _ sequence: Value, _ whereClause: Expr?, _ body: Block, _ loc: Loc) throws -> Flow {
        // A range counts without materialising its elements: the hot path of numeric loops.
        if case .range(let lower, let upper, _) = sequence {
            var index = lower
            while index < upper {
                if let flow = try iterate(pattern, .int(index), whereClause, body, loc) { return flow }
                index += 1
            }
            return .normal
        }
        if case .array(let items) = sequence {
            for item in items {
                if let flow = try iterate(pattern, item, whereClause, body, loc) { return flow }
            }
            return .normal
        }
        let iterator = try makeIterator(sequence, loc)
        while let item = try iterator.next() {
            if let flow = try iterate(pattern, item, whereClause, body, loc) { return flow }
        }
        return .normal
    }

    /// Runs one iteration; returns a flow that ends the loop (break or return), or nil to go on.
    @inline(__always)
    private func iterate(_ pattern: Pattern, _ item: Value, _ whereClause: Expr?, _ body: Block, _ loc: Loc) throws -> Flow? {
        try checkCancellation(loc)
        let saved = frame
        frame = Frame.make(slotCount: body.slotCount, parent: saved)
        defer { frame = saved }
        try bind(pattern, item, loc)
        if let whereClause, try !truth(evaluate(whereClause), whereClause.loc) { return nil }
        switch try execute(body.statements) {
        case .breakLoop: return .normal
        case .returned(let value): return .returned(value)
        case .normal, .continueLoop: return nil
        }
    }

    /// An iterator over any iterable value; host sequences come from their binding, a cell's own
    /// sequences from their `makeIterator()`, `next()` or indices (see `ScriptSequences.swift`).
    func makeIterator(_ sequence: Value, _ loc: Loc) throws -> ValueIterator {
        switch sequence {
        case .array(let items):
            return ValueIterator(items.makeIterator())
        case .range(let lower, let upper, _):
            return ValueIterator((lower..<upper).lazy.map { Value.int($0) }.makeIterator())
        case .dictionary(let dictionary):
            return ValueIterator(dictionary.entries.lazy.map { Value.tuple([$0.key, $0.value], labels: ["key", "value"]) }.makeIterator())
        case .string(let string):
            return ValueIterator(string.lazy.map { Value.character($0) }.makeIterator())
        case .set(let set):
            return ValueIterator(set.elements.makeIterator())
        case .host(let iterable as ScriptIterable):
            return try iterable.makeIterator()
        case .host, .object:
            if let host = sequence.hostValue, let binding = bindings.binding(forValueOf: host),
               let iterate = binding.firstInChain({ $0.iterate }) {
                do { return ValueIterator(try iterate(host)) } catch { throw hostError(error, loc) }
            }
            if case .object(let object) = sequence, let iterator = try scriptIterator(object, loc) { return iterator }
        default:
            break
        }
        throw LocatedError(.runtime, "a value of type \(sequence.typeName) cannot be iterated with for-in", loc)
    }

    /// The elements of any iterable value, for `map`, `zip`, `Array(...)` and friends.
    func elements(_ sequence: Value, _ loc: Loc) throws -> [Value] {
        switch sequence {
        case .array(let items): return items
        case .range(let lower, let upper, _):
            guard rangeCount(lower, upper) <= 100_000_000 else { throw LocatedError(.runtime, "range too large to collect", loc) }
            return (lower..<upper).map { .int($0) }
        default:
            var items: [Value] = []
            let iterator = try makeIterator(sequence, loc)
            while let item = try iterator.next() {
                try checkCancellation(loc)
                guard items.count < Self.longestCollectedSequence else {
                    throw LocatedError(.runtime, "this sequence did not end after \(Self.longestCollectedSequence) elements; cells collect a sequence's elements before using them, so take a finite part first (prefix(_:), prefix(while:))", loc)
                }
                items.append(item)
            }
            return items
        }
    }

    /// A host error with the location of the call that raised it; errors that already carry a
    /// location (a script callback failing inside a host call) keep theirs.
    func hostError(_ error: Error, _ loc: Loc) -> Error {
        if error is LocatedError || error is ScriptError { return error }
        if let conversion = error as? ArgumentConversionError { return LocatedError(.runtime, conversion.message, loc) }
        var failure = LocatedError(.runtime, String(describing: error), loc)
        failure.isHostError = true
        return failure
    }
}
