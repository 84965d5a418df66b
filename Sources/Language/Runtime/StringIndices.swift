import Foundation

/// `String.Index` at run time: the offset of the Character it stands before, which the checker
/// keeps apart from an Int. Moving past either end, or reading at `endIndex`, is the run-time
/// error Swift traps with.
enum StringIndices {
    static func outOfBounds(_ loc: Loc) -> LocatedError {
        LocatedError(.runtime, "String index is out of bounds", loc)
    }

    /// `text.index(after:)`, `index(before:)`, `index(_:offsetBy:)`, `index(_:offsetBy:limitedBy:)`,
    /// `distance(from:to:)`, `prefix(upTo:)`, `prefix(through:)`, `suffix(from:)`, `range(of:)`.
    static func call(_ string: String, _ call: MethodCall) throws -> Value? {
        let count = string.count
        func checked(_ index: Int) throws -> Value {
            guard (0...count).contains(index) else { throw outOfBounds(call.loc) }
            return .int(index)
        }
        switch (call.name, call.arguments.labels) {
        case ("index", ["after"]):
            let index = try call.int(0)
            guard index < count else { throw outOfBounds(call.loc) }
            return try checked(index + 1)
        case ("index", ["before"]):
            let index = try call.int(0)
            guard index > 0 else { throw outOfBounds(call.loc) }
            return try checked(index - 1)
        case ("index", [nil, "offsetBy"]):
            let (moved, overflow) = try call.int(0).addingReportingOverflow(call.int(1))
            guard !overflow else { throw outOfBounds(call.loc) }
            return try checked(moved)
        case ("index", [nil, "offsetBy", "limitedBy"]):
            let start = try call.int(0), distance = try call.int(1), limit = try call.int(2)
            let (moved, overflow) = start.addingReportingOverflow(distance)
            // The limit stops the move only when it lies between the start and the destination.
            if distance >= 0, limit >= start, overflow || moved > limit { return Value.none }
            if distance < 0, limit <= start, overflow || moved < limit { return Value.none }
            guard !overflow else { throw outOfBounds(call.loc) }
            return try checked(moved)
        case ("distance", ["from", "to"]):
            return .int(try call.int(1) - call.int(0))
        case ("prefix", ["upTo"]): return try substring(of: string, 0, call.int(0), call.loc)
        case ("prefix", ["through"]):
            let index = try call.int(0)
            guard index < count else { throw outOfBounds(call.loc) }
            return try substring(of: string, 0, index + 1, call.loc)
        case ("suffix", ["from"]): return try substring(of: string, call.int(0), count, call.loc)
        case ("range", ["of"]):
            // Foundation's first match, as the Characters it covers.
            guard let found = string.range(of: try call.string(0)) else { return Value.none }
            return characterRange(found, in: string)
        case ("firstRange", ["of"]):
            guard let found = string.firstRange(of: try call.string(0)) else { return Value.none }
            return characterRange(found, in: string)
        case ("ranges", ["of"]):
            let target = try call.string(0)
            guard !target.isEmpty else { return .array([]) }
            return .array(string.ranges(of: target).map { characterRange($0, in: string) })
        default:
            return nil
        }
    }

    /// A range of `string`'s indices as the Character offsets it covers.
    private static func characterRange(_ range: Range<String.Index>, in string: String) -> Value {
        let lower = string.distance(from: string.startIndex, to: range.lowerBound)
        return .range(lower: lower, upper: lower + string[range].count)
    }

    /// `text.insert(c, at: i)` and `text.remove(at: i)`.
    static func mutate(_ string: inout String, _ call: MethodCall) throws -> Value? {
        switch (call.name, call.arguments.labels) {
        case ("insert", [nil, "at"]):
            guard let text = try call.value(0).characterText else { throw call.failure("'insert(_:at:)' expects a Character") }
            let offset = try call.int(1)
            guard (0...string.count).contains(offset) else { throw outOfBounds(call.loc) }
            string.insert(contentsOf: text, at: string.index(string.startIndex, offsetBy: offset))
            return .void
        case ("remove", ["at"]):
            let offset = try call.int(0)
            guard (0..<string.count).contains(offset) else { throw outOfBounds(call.loc) }
            return .character(string.remove(at: string.index(string.startIndex, offsetBy: offset)))
        default:
            return nil
        }
    }

    /// `text[i]`.
    static func character(of string: String, at offset: Int, _ loc: Loc) throws -> Value {
        guard offset >= 0, offset < string.count else { throw outOfBounds(loc) }
        return .character(string[string.index(string.startIndex, offsetBy: offset)])
    }

    /// `text[i..<j]`, `text[i...j]`, `text[..<j]`, `text[i...]` (a one-sided range's open end is `Int.max`).
    static func substring(of string: String, _ lower: Int, _ upper: Int, _ loc: Loc) throws -> Value {
        let count = string.count
        let upper = upper == Int.max ? count : upper
        guard lower >= 0, lower <= upper, upper <= count else { throw outOfBounds(loc) }
        let start = string.index(string.startIndex, offsetBy: lower)
        return .string(String(string[start..<string.index(start, offsetBy: upper - lower)]))
    }
}
