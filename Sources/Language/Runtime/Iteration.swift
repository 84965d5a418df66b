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
        while let item = try nextElement(iterator, loc) {
            if let flow = try iterate(pattern, item, whereClause, body, loc) { return flow }
        }
        return .normal
    }

    private func nextElement(_ iterator: AnyIterator<Value>, _ loc: Loc) throws -> Value? {
        iterator.next()
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

    /// An iterator over any iterable value; host sequences come from their binding.
    func makeIterator(_ sequence: Value, _ loc: Loc) throws -> AnyIterator<Value> {
        switch sequence {
        case .array(let items):
            return AnyIterator(items.makeIterator())
        case .range(let lower, let upper, _):
            return AnyIterator((lower..<upper).lazy.map { Value.int($0) }.makeIterator())
        case .dictionary(let dictionary):
            return AnyIterator(dictionary.entries.lazy.map { Value.tuple([$0.key, $0.value], labels: ["key", "value"]) }.makeIterator())
        case .string(let string):
            return AnyIterator(string.lazy.map { Value.character($0) }.makeIterator())
        case .set(let set):
            return AnyIterator(set.elements.makeIterator())
        case .host, .object:
            if let host = sequence.hostValue, let binding = bindings.binding(forValueOf: host),
               let iterate = binding.firstInChain({ $0.iterate }) {
                do { return try iterate(host) } catch { throw hostError(error, loc) }
            }
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
            while let item = iterator.next() {
                try checkCancellation(loc)
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
