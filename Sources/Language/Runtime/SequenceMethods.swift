/// Array methods (ranges and dictionaries reuse them on their elements).
enum SequenceMethods {
    static func call(_ items: [Value], _ call: MethodCall) throws -> Value? {
        let interpreter = call.interpreter
        switch call.name {
        case "makeIterator": return .host(ScriptIterable(typeName: "IndexingIterator", iterator: ValueIterator(items.makeIterator())))
        case "map": return .array(try items.map { try call.apply(0, $0) })
        case "compactMap":
            return .array(try items.compactMap { item in
                let mapped = try call.apply(0, item)
                if case .none = mapped { return nil }
                return mapped
            })
        case "flatMap":
            return .array(try items.flatMap { item in try interpreter.elements(try call.apply(0, item), call.loc) })
        case "filter": return .array(try items.filter { try call.test(0, $0) })
        case "index":
            // An array's indices are its Ints: `index(after:)` is the next one, and so on.
            let start = try call.int(0)
            switch call.label(0) {
            case "after": return .int(start + 1)
            case "before": return .int(start - 1)
            default:
                let moved = start + (try call.int(1))
                guard call.count == 3 else { return .int(moved) }
                let limit = try call.int(2), distance = try call.int(1)
                return (distance >= 0 ? moved > limit && start <= limit : moved < limit && start >= limit) ? Value.none : .int(moved)
            }
        case "forEach":
            for item in items { _ = try call.apply(0, item) }
            return .void
        case "reduce" where call.label(0) == "into":
            return try reduceInto(items, call)
        case "reduce":
            var accumulator = try call.value(0)
            // `xs.reduce(0, +)`: the standard operator on each element in turn, with no call made.
            if case .function(let function) = try call.value(1), case .host = function.kind,
               let op = BinaryOperator(rawValue: function.name), !accumulator.isHost {
                for item in items {
                    accumulator = item.isHost ? try call.apply(1, [accumulator, item]) : try interpreter.binary(op, accumulator, item, call.loc)
                }
                return accumulator
            }
            for item in items { accumulator = try call.apply(1, [accumulator, item]) }
            return accumulator
        case "sorted":
            return .array(try sorted(items, call))
        case "enumerated":
            return .array(items.enumerated().map { .tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) })
        case "contains":
            let argument = try call.value(0)
            if call.label(0) == "where" || isClosure(argument) {
                return .bool(try items.contains { try call.test(0, $0) })
            }
            let target = try call.value(0)
            return .bool(try items.contains { try interpreter.equal($0, target, call.loc) })
        case "allSatisfy": return .bool(try items.allSatisfy { try call.test(0, $0) })
        case "first":
            guard call.label(0) == "where" else { return nil }
            return try items.first { try call.test(0, $0) } ?? Value.none
        case "last":
            guard call.label(0) == "where" else { return nil }
            return try items.last { try call.test(0, $0) } ?? Value.none
        case "firstIndex", "lastIndex":
            let matches: (Value) throws -> Bool
            if call.label(0) == "where" {
                matches = { try call.test(0, $0) }
            } else {
                let target = try call.value(0)
                matches = { try interpreter.equal($0, target, call.loc) }
            }
            let index = try call.name == "firstIndex" ? items.firstIndex(where: matches) : items.lastIndex(where: matches)
            return index.map { .int($0) } ?? Value.none
        case "joined" where !items.isEmpty && items.allSatisfy({ if case .array = $0 { true } else { false } }):
            // `[[1], [2, 3]].joined()` is the elements in order; a separator goes between the arrays.
            let separator = call.count > 0 ? try interpreter.elements(call.value(0), call.loc) : []
            var joined: [Value] = []
            for (index, item) in items.enumerated() {
                if index > 0 { joined += separator }
                joined += try interpreter.elements(item, call.loc)
            }
            return .array(joined)
        case "joined":
            let separator = call.count > 0 ? try call.string(0) : ""
            return .string(items.map(\.description).joined(separator: separator))
        case "prefix" where call.label(0) == "while":
            return .array(Array(try items.prefix { try call.test(0, $0) }))
        case "drop":
            return .array(Array(try items.drop { try call.test(0, $0) }))
        case "split":
            return .array(try split(items, call).map { .array(Array($0)) })
        case "suffix" where call.label(0) == "from":
            let start = try call.int(0)
            guard start >= 0, start <= items.count else { throw call.failure("index \(start) out of range for an array of \(items.count) elements") }
            return .array(Array(items[start...]))
        case "elementsEqual", "starts":
            let other = try interpreter.elements(call.value(0), call.loc)
            guard call.name == "elementsEqual" ? other.count == items.count : other.count <= items.count else { return .bool(false) }
            for (mine, theirs) in zip(items, other) where try !interpreter.equal(mine, theirs, call.loc) { return .bool(false) }
            return .bool(true)
        case "prefix": return .array(Array(items.prefix(max(0, try call.int(0)))))
        case "suffix": return .array(Array(items.suffix(max(0, try call.int(0)))))
        case "dropFirst": return .array(Array(items.dropFirst(max(0, call.count > 0 ? try call.int(0) : 1))))
        case "dropLast": return .array(Array(items.dropLast(max(0, call.count > 0 ? try call.int(0) : 1))))
        case "reversed": return .array(items.reversed())
        case "shuffled":
            var shuffled = items
            interpreter.random.shuffle(&shuffled)
            return .array(shuffled)
        case "randomElement": return interpreter.random.element(of: items)
        case "min", "max":
            var best: Value?
            for item in items {
                guard let current = best else { best = item; continue }
                let less: Bool
                if call.count > 0 { less = try call.test(0, [item, current]) } else { less = try interpreter.less(item, current, call.loc) }
                if call.name == "min" ? less : try (call.count > 0 ? call.test(0, [current, item]) : interpreter.less(current, item, call.loc)) {
                    best = item
                }
            }
            return best ?? Value.none
        case "count":
            guard call.label(0) == "where" else { return nil }
            return .int(try items.filter { try call.test(0, $0) }.count)
        default:
            return nil
        }
    }

    static func mutate(_ items: inout [Value], _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "append":
            if call.label(0) == "contentsOf" {
                items += try call.interpreter.elements(call.value(0), call.loc)
            } else {
                items.append(try call.value(0))
            }
            return .void
        case "insert":
            let index = try call.int(1)
            guard index >= 0, index <= items.count else { throw call.failure("insert index \(index) out of range for \(items.count) elements") }
            items.insert(try call.value(0), at: index)
            return .void
        case "remove":
            let index = try call.int(0)
            guard items.indices.contains(index) else { throw call.failure("index \(index) out of range for an array of \(items.count) elements") }
            return items.remove(at: index)
        case "removeLast", "removeFirst":
            if call.count == 1 {
                let count = try call.int(0)
                guard count >= 0, count <= items.count else {
                    throw call.failure("cannot \(call.name)(\(count)) from an array of \(items.count) elements")
                }
                if call.name == "removeLast" { items.removeLast(count) } else { items.removeFirst(count) }
                return .void
            }
            guard !items.isEmpty else { throw call.failure("cannot \(call.name)() from an empty array") }
            return call.name == "removeLast" ? items.removeLast() : items.removeFirst()
        case "popLast":
            return items.popLast() ?? Value.none
        case "removeAll":
            if call.count > 0 {
                items = try items.filter { try !call.test(0, $0) }
            } else {
                items.removeAll()
            }
            return .void
        case "sort":
            items = try sorted(items, call)
            return .void
        case "reverse":
            items.reverse()
            return .void
        case "shuffle":
            call.interpreter.random.shuffle(&items)
            return .void
        case "reserveCapacity":
            // Only a hint: a capacity from user input is not worth a huge allocation.
            _ = try call.int(0)
            return .void
        case "partition":
            return .int(try partition(&items) { try call.test(0, $0) })
        case "replaceSubrange":
            guard case .range(let lower, let upper, _) = try call.value(0), lower >= 0, lower <= upper, upper <= items.count else {
                throw call.failure("range \(try call.value(0)) out of bounds for an array of \(items.count) elements")
            }
            items.replaceSubrange(lower..<upper, with: try call.interpreter.elements(call.value(1), call.loc))
            return .void
        case "swapAt":
            let first = try call.int(0), second = try call.int(1)
            for index in [first, second] where !items.indices.contains(index) {
                throw call.failure("index \(index) out of range for an array of \(items.count) elements")
            }
            items.swapAt(first, second)
            return .void
        default:
            return nil
        }
    }

    /// `partition(by:)`: moves the elements for which `belongsInSecond` holds to the end and
    /// returns where they start. Swift's algorithm, so the elements end in the order Swift leaves
    /// them: from the front, each misplaced element swaps with the last one still misplaced.
    static func partition(_ items: inout [Value], by belongsInSecond: (Value) throws -> Bool) rethrows -> Int {
        var low = 0, high = items.count
        while true {
            while true {
                if low == high { return low }
                if try belongsInSecond(items[low]) { break }
                low += 1
            }
            while true {
                high -= 1
                if low == high { return low }
                if try !belongsInSecond(items[high]) { break }
            }
            items.swapAt(low, high)
            low += 1
        }
    }

    /// The `maxSplits:` and `omittingEmptySubsequences:` arguments of a `split` call, or Swift's
    /// defaults (no limit, empty pieces left out).
    static func splitOptions(_ call: MethodCall) throws -> (maxSplits: Int, omitting: Bool) {
        var maxSplits = Int.max, omitting = true
        for index in 0..<call.count {
            switch call.label(index) {
            case "maxSplits":
                maxSplits = try call.int(index)
                guard maxSplits >= 0 else { throw call.failure("maxSplits must be greater than or equal to 0") }
            case "omittingEmptySubsequences":
                guard case .bool(let flag) = try call.value(index) else { throw call.failure("omittingEmptySubsequences expects a Bool") }
                omitting = flag
            default: break
            }
        }
        return (maxSplits, omitting)
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` and `split(whereSeparator:)`, on
    /// array elements or a string's characters.
    static func split(_ items: [Value], _ call: MethodCall) throws -> [ArraySlice<Value>] {
        let (maxSplits, omitting) = try splitOptions(call)
        if call.label(call.count - 1) == "whereSeparator" {
            return try items.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { try call.test(call.count - 1, [$0]) }
        }
        let separator = try call.value(0)
        return try items.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) {
            try call.interpreter.equal($0, separator, call.loc)
        }
    }

    /// `reduce(into:_:)`: the closure changes its first (`inout`) parameter, which is read back
    /// from the closure's frame after each element.
    private static func reduceInto(_ items: [Value], _ call: MethodCall) throws -> Value {
        var accumulator = try call.value(0)
        guard case .function(let function) = try call.value(1), case .script(let decl, let captured, let receiver) = function.kind,
              receiver == nil else {
            throw call.failure("'reduce(into:_:)' expects a closure")
        }
        for item in items {
            let arguments = Interpreter.CallArguments(values: [accumulator, item], labels: [nil, nil], trailing: [false, false])
            let (_, frame) = try call.interpreter.callScriptKeepingFrame(decl, captured: captured, receiver: nil, arguments, call.loc)
            accumulator = frame.value(at: 0)
        }
        return accumulator
    }

    /// A stable sort (so that equal keys keep their order, deterministically).
    private static func sorted(_ items: [Value], _ call: MethodCall) throws -> [Value] {
        if call.count == 0, let sorted = sortedNatively(items) { return sorted }
        let interpreter = call.interpreter
        var failure: Error?
        let indexed = Array(items.enumerated())
        let result = indexed.sorted { a, b in
            if failure != nil { return false }
            do {
                let less = call.count > 0 ? try call.test(0, [a.element, b.element]) : try interpreter.less(a.element, b.element, call.loc)
                if less { return true }
                let greater = call.count > 0 ? try call.test(0, [b.element, a.element]) : try interpreter.less(b.element, a.element, call.loc)
                return !greater && a.offset < b.offset
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return result.map(\.element)
    }

    /// `sorted()` of Ints, Doubles or Strings: Swift's own sort of the plain values, with their
    /// own `<`, as the compiled program sorts them (a NaN included); nil for any other elements.
    private static func sortedNatively(_ items: [Value]) -> [Value]? {
        switch items.first {
        case .int?:
            var numbers: [Int] = []
            numbers.reserveCapacity(items.count)
            for item in items { guard case .int(let number) = item else { return nil }; numbers.append(number) }
            return numbers.sorted().map { .int($0) }
        case .double?:
            var numbers: [Double] = []
            numbers.reserveCapacity(items.count)
            for item in items { guard case .double(let number) = item else { return nil }; numbers.append(number) }
            return numbers.sorted().map { .double($0) }
        case .string?:
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for item in items { guard case .string(let text) = item else { return nil }; texts.append(text) }
            return texts.sorted().map { .string($0) }
        default:
            return nil
        }
    }

    private static func isClosure(_ value: Value) -> Bool {
        if case .function = value { return true }
        return false
    }
}
