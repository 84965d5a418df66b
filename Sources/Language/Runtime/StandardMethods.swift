/// Properties and methods of the language's own values: arrays, ranges, dictionaries, strings,
/// numbers and tuples — the practical slice of Swift's standard library listed in DESIGN.md.
enum StandardMethods {
    /// Methods that change the receiver; called on a variable they mutate it in place.
    static let mutating: Set<String> = [
        "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "popLast", "sort",
        "reverse", "removeValue", "updateValue", "merge", "shuffle", "formUnion", "formIntersection", "subtract",
        "formSymmetricDifference", "reserveCapacity", "swapAt", "partition", "replaceSubrange",
    ]

    static func property(_ base: Value, _ name: String, _ loc: Loc) throws -> Value? {
        switch base {
        case .array(let items):
            switch name {
            case "count": return .int(items.count)
            case "isEmpty": return .bool(items.isEmpty)
            case "first": return items.first ?? Value.none
            case "last": return items.last ?? Value.none
            case "indices": return .range(lower: 0, upper: items.count)
            case "startIndex": return .int(0)
            case "endIndex": return .int(items.count)
            default: return nil
            }
        case .range(let lower, let upper, let closed):
            switch name {
            case "count": return .int(rangeCount(lower, upper))
            case "isEmpty": return .bool(upper <= lower)
            case "lowerBound": return .int(lower)
            case "upperBound": return .int(closed ? upper - 1 : upper)
            case "first": return upper > lower ? .int(lower) : Value.none
            case "last": return upper > lower ? .int(upper - 1) : Value.none
            default: return nil
            }
        case .dictionary(let dictionary):
            switch name {
            case "count": return .int(dictionary.count)
            case "isEmpty": return .bool(dictionary.isEmpty)
            case "keys": return .array(dictionary.entries.map(\.key))
            case "values": return .array(dictionary.entries.map(\.value))
            default: return nil
            }
        case .string(let string):
            switch name {
            case "count": return .int(string.count)
            case "isEmpty": return .bool(string.isEmpty)
            case "first": return string.first.map { .character($0) } ?? Value.none
            case "last": return string.last.map { .character($0) } ?? Value.none
            case "description": return base
            case "capitalized": return .string(string.capitalized)
            case "startIndex": return .int(0)
            case "endIndex": return .int(string.count)
            case "indices": return .range(lower: 0, upper: string.count)
            // The views hold the string's elements as an array: everything a program reads of them
            // (count, iteration, `Array(…)`, map, first) is the array's.
            case "utf8": return .array(string.utf8.map { .host($0) })
            case "utf16": return .array(string.utf16.map { .host($0) })
            case "unicodeScalars": return .array(string.unicodeScalars.map { .host($0) })
            default: return nil
            }
        case .int(let int):
            switch name {
            case "description": return .string(String(int))
            case "magnitude": return .int(int.magnitude > UInt(Int.max) ? Int.max : Int(int.magnitude))
            case "nonzeroBitCount": return .int(int.nonzeroBitCount)
            case "leadingZeroBitCount": return .int(int.leadingZeroBitCount)
            case "trailingZeroBitCount": return .int(int.trailingZeroBitCount)
            case "bitWidth": return .int(int.bitWidth)
            default: return nil
            }
        case .double(let double):
            switch name {
            case "description": return .string(double.description)
            case "isNaN": return .bool(double.isNaN)
            case "isFinite": return .bool(double.isFinite)
            case "isInfinite": return .bool(double.isInfinite)
            case "magnitude": return .double(double.magnitude)
            case "ulp": return .double(double.ulp)
            case "nextUp": return .double(double.nextUp)
            case "nextDown": return .double(double.nextDown)
            default: return nil
            }
        case .tuple(let items, let labels):
            if let index = Int(name), items.indices.contains(index) { return items[index] }
            if let index = labels.firstIndex(of: name) { return items[index] }
            return nil
        case .bool(let bool):
            return name == "description" ? .string(bool ? "true" : "false") : nil
        case .float(let float):
            switch name {
            case "description": return .string(float.description)
            case "isNaN": return .bool(float.isNaN)
            case "isFinite": return .bool(float.isFinite)
            case "isInfinite": return .bool(float.isInfinite)
            case "magnitude": return .float(float.magnitude)
            case "ulp": return .float(float.ulp)
            case "nextUp": return .float(float.nextUp)
            case "nextDown": return .float(float.nextDown)
            default: return nil
            }
        case .character(let character):
            return CharacterMethods.property(character, name)
        case .set(let set):
            return SetMethods.property(set, name)
        default:
            return nil
        }
    }

    /// A non-mutating method call, or nil when `name` is not a method of this value.
    static func call(_ receiver: Value, _ name: String, _ arguments: Interpreter.CallArguments, _ loc: Loc,
                     _ interpreter: Interpreter) throws -> Value? {
        let call = try MethodCall(name: name, arguments: arguments, loc: loc, interpreter: interpreter, receiver: receiver)
        if name == "formatted", call.count == 0, let text = NumberFormatting.formatted(receiver) { return text }
        switch receiver {
        case .array(let items): return try SequenceMethods.call(items, call)
        case .range(let lower, let upper, _):
            switch name {
            case "contains": return .bool((lower..<upper).contains(try call.int(0)))
            case "reversed": return .array((lower..<upper).reversed().map { .int($0) })
            case "randomElement": return upper > lower ? .int(try interpreter.random.int(lower, upper)) : Value.none
            default: return try SequenceMethods.call(try interpreter.elements(receiver, loc), call)
            }
        case .string(let string): return try StringMethods.call(string, call)
        case .set(let set): return try SetMethods.call(set, call)
        case .character(let character): return CharacterMethods.call(character, call)
        case .float(let float):
            switch name {
            case "rounded": return .float(float.rounded(try roundingRule(call)))
            case "squareRoot": return .float(float.squareRoot())
            case "truncatingRemainder": return .float(float.truncatingRemainder(dividingBy: try call.float(0)))
            case "remainder": return .float(float.remainder(dividingBy: try call.float(0)))
            default: return nil
            }
        case .dictionary(let dictionary):
            switch name {
            case "mapValues":
                var result = ValueDictionary()
                for (key, value) in dictionary.entries { result.set(key, try call.apply(0, [value])) }
                return .dictionary(result)
            case "compactMapValues":
                var result = ValueDictionary()
                for (key, value) in dictionary.entries {
                    let mapped = try call.apply(0, [value])
                    if case .none = mapped { continue }
                    result.set(key, mapped)
                }
                return .dictionary(result)
            case "merging":
                return .dictionary(try merging(dictionary, call))
            case "filter":
                var result = ValueDictionary()
                for (key, value) in dictionary.entries where try call.test(0, [.tuple([key, value], labels: ["key", "value"])]) {
                    result.set(key, value)
                }
                return .dictionary(result)
            default:
                let entries = dictionary.entries.map { Value.tuple([$0.key, $0.value], labels: ["key", "value"]) }
                return try SequenceMethods.call(entries, call)
            }
        case .int(let int):
            switch name {
            case "isMultiple":
                let divisor = try call.int(0)
                return .bool(divisor == 0 ? int == 0 : int % divisor == 0)
            case "quotientAndRemainder":
                let divisor = try call.int(0)
                guard divisor != 0 else { throw call.failure("division by zero") }
                guard !(int == .min && divisor == -1) else { throw call.failure("arithmetic overflow in quotientAndRemainder") }
                return .tuple([.int(int / divisor), .int(int % divisor)], labels: ["quotient", "remainder"])
            case "signum": return .int(int.signum())
            default:
                guard let (_, _, operation) = FixedWidthIntegers.reportingOverflow(Int.self).first(where: { $0.0 == name }) else { return nil }
                let (partial, overflow) = operation(int, try call.int(0))
                return .tuple([.int(partial), .bool(overflow)], labels: ["partialValue", "overflow"])
            }
        case .double(let double):
            switch name {
            case "rounded": return .double(double.rounded(try roundingRule(call)))
            case "squareRoot": return .double(double.squareRoot())
            case "truncatingRemainder": return .double(double.truncatingRemainder(dividingBy: try call.double(0)))
            case "remainder": return .double(double.remainder(dividingBy: try call.double(0)))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `merge(_:uniquingKeysWith:)` and `merging`: the other dictionary's entries (or key-value
    /// pairs) added, the closure choosing the value of a key both hold.
    private static func merging(_ dictionary: ValueDictionary, _ call: MethodCall) throws -> ValueDictionary {
        var result = dictionary
        let pairs: [(Value, Value)]
        switch try call.value(0) {
        case .dictionary(let other): pairs = other.entries.map { ($0.key, $0.value) }
        case .array(let items):
            pairs = try items.map { item in
                guard case .tuple(let parts, _) = item, parts.count == 2 else { throw call.failure("merge expects key-value pairs") }
                return (parts[0], parts[1])
            }
        case let other: throw call.failure("merge expects a dictionary, got \(other.typeName)")
        }
        for (key, value) in pairs {
            let merged = try result[key].map { try call.apply(1, [$0, value]) } ?? value
            guard result.set(key, merged) else { throw call.failure("\(key.typeName) cannot be a dictionary key") }
        }
        return result
    }

    /// The rule of `rounded(_:)`: `.toNearestOrAwayFromZero` (Swift's default), `.down`, `.up`...
    private static func roundingRule(_ call: MethodCall) throws -> FloatingPointRoundingRule {
        guard call.count == 1 else { return .toNearestOrAwayFromZero }
        let rules: [String: FloatingPointRoundingRule] = [
            "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven, "up": .up,
            "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
        ]
        guard case .symbol(let name) = try call.value(0), let rule = rules[name] else {
            throw call.failure("rounded(_:) expects a rounding rule: " + rules.keys.sorted().map { "." + $0 }.joined(separator: ", "))
        }
        return rule
    }

    /// A mutating method on a value held in a variable; `receiver` is changed in place.
    static func mutate(_ receiver: inout Value, _ name: String, _ arguments: Interpreter.CallArguments, _ loc: Loc,
                       _ interpreter: Interpreter) throws -> Value? {
        let call = try MethodCall(name: name, arguments: arguments, loc: loc, interpreter: interpreter, receiver: receiver)
        if name == "formatted", call.count == 0, let text = NumberFormatting.formatted(receiver) { return text }
        // `if case` on the storage, never `switch`: a switch holds a copy of its subject while a
        // case runs, and that copy would make every change copy the whole buffer.
        if case .array = receiver, case .array(var items) = receiver.take() {
            defer { receiver = .array(items) }
            return try SequenceMethods.mutate(&items, call)
        }
        if case .set = receiver, case .set(var set) = receiver.take() {
            defer { receiver = .set(set) }
            return try SetMethods.mutate(&set, call)
        }
        if case .dictionary = receiver, case .dictionary(var dictionary) = receiver.take() {
            defer { receiver = .dictionary(dictionary) }
            return try mutate(&dictionary, call)
        }
        if case .string = receiver, case .string(var string) = receiver.take() {
            defer { receiver = .string(string) }
            return try mutate(&string, call)
        }
        return try StandardMethods.call(receiver, name, arguments, loc, interpreter)
    }

    private static func mutate(_ dictionary: inout ValueDictionary, _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "removeValue":
            let key = try call.value(0)
            let old = dictionary[key] ?? Value.none
            dictionary.set(key, nil)
            return old
        case "updateValue":
            let key = try call.value(1)
            let old = dictionary[key] ?? Value.none
            dictionary.set(key, try call.value(0))
            return old
        case "removeAll":
            dictionary = ValueDictionary()
            return .void
        case "merge":
            dictionary = try merging(dictionary, call)
            return .void
        default: return nil
        }
    }

    private static func mutate(_ string: inout String, _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "append":
            string += try call.value(0).description
            return .void
        case "removeAll":
            string = ""
            return .void
        case "removeLast", "removeFirst":
            let which = call.name == "removeLast" ? "last" : "first"
            if call.count == 1 {
                let count = try call.int(0)
                guard count >= 0, count <= string.count else {
                    throw call.failure("cannot remove the \(which) \(count) characters of a string of \(string.count)")
                }
                if call.name == "removeLast" { string.removeLast(count) } else { string.removeFirst(count) }
                return .void
            }
            guard !string.isEmpty else { throw call.failure("cannot remove the \(which) character of an empty string") }
            return .character(call.name == "removeLast" ? string.removeLast() : string.removeFirst())
        case "insert", "remove": return try StringIndices.mutate(&string, call)
        default: return nil
        }
    }
}

/// The number of integers in `lower..<upper`, saturating instead of overflowing.
func rangeCount(_ lower: Int, _ upper: Int) -> Int {
    let (count, overflow) = upper.subtractingReportingOverflow(lower)
    return overflow ? Int.max : max(0, count)
}

/// One stdlib method call: its arguments and helpers to read them.
struct MethodCall {
    let name: String
    let arguments: Interpreter.CallArguments
    let loc: Loc
    let interpreter: Interpreter


    var count: Int { arguments.values.count }
    func label(_ index: Int) -> String? { index < arguments.labels.count ? arguments.labels[index] : nil }

    func failure(_ message: String) -> LocatedError { LocatedError(.runtime, message, loc) }

    func value(_ index: Int) throws -> Value {
        guard index < arguments.values.count else { throw failure("missing argument \(index + 1) in call to '\(name)'") }
        return arguments.values[index]
    }

    /// A Double argument; an integer literal the checker left as an Int is converted, as Swift would type it.
    func double(_ index: Int) throws -> Double {
        switch try value(index) {
        case .double(let double): return double
        case .int(let int): return Double(int)
        case let other: throw failure("'\(name)' expects a Double, got \(other.typeName)")
        }
    }

    func float(_ index: Int) throws -> Float {
        switch try value(index) {
        case .float(let float): return float
        case .int(let int): return Float(int)
        case let other: throw failure("'\(name)' expects a Float, got \(other.typeName)")
        }
    }

    func int(_ index: Int) throws -> Int {
        let argument = try value(index)
        guard case .int(let int) = argument else { throw failure("'\(name)' expects an Int, got \(argument.typeName)") }
        return int
    }

    /// A String argument (a Character is accepted where Swift takes either, as in `contains`).
    func string(_ index: Int) throws -> String {
        let argument = try value(index)
        guard let string = argument.characterText else { throw failure("'\(name)' expects a String, got \(argument.typeName)") }
        return string
    }

    /// Calls closure argument `index` with `values`.
    func apply(_ index: Int, _ values: [Value]) throws -> Value {
        try interpreter.callPositionally(try value(index), values, loc)
    }

    func test(_ index: Int, _ values: [Value]) throws -> Bool {
        try interpreter.truth(apply(index, values), loc)
    }

    /// Calls closure argument `index` with one element.
    func apply(_ index: Int, _ element: Value) throws -> Value {
        try interpreter.callPositionally(try value(index), element, loc)
    }

    func test(_ index: Int, _ element: Value) throws -> Bool {
        try interpreter.truth(apply(index, element), loc)
    }
}

extension MethodCall {
    /// A call on `receiver`, its labels checked against the method's forms (see `StandardMethodShapes`).
    init(name: String, arguments: Interpreter.CallArguments, loc: Loc, interpreter: Interpreter, receiver: Value) throws {
        var arguments = arguments
        let family: StandardMethodShapes.Family?
        switch receiver {
        case .array, .range, .dictionary: family = .sequence
        case .string: family = .string
        case .int, .double, .float: family = .number
        default: family = nil
        }
        if let family, let labels = try StandardMethodShapes.labels(of: name, in: family, arguments, loc) {
            arguments.labels = labels
        }
        self.init(name: name, arguments: arguments, loc: loc, interpreter: interpreter)
    }

    /// The same call with argument `index` replaced.
    func replacing(argument index: Int, with value: Value) -> MethodCall {
        var arguments = arguments
        arguments.values[index] = value
        return MethodCall(name: name, arguments: arguments, loc: loc, interpreter: interpreter)
    }
}
