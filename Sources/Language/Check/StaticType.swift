/// The static type of an expression as the type checker knows it.
///
/// The checker is gradual: where a type is not known (a host value whose binding declares no
/// type, a closure result it cannot follow) it has no `StaticType` at all and the value stays
/// dynamically checked at run time. Where it is known, Swift's rules apply: literals take their
/// type from context, and Int and Double do not mix.
indirect enum StaticType: Equatable, CustomStringConvertible {
    case int, double, float, bool, string, character, void
    case array(StaticType)
    case dictionary(StaticType, StaticType)
    case set(StaticType)
    case optional(StaticType)
    /// `T!`, declared so on a property or variable: Swift unwraps it wherever a `T` is needed,
    /// so a member or an argument through it needs no `?`/`!`, unlike a `T?`.
    case implicitlyUnwrapped(StaticType)
    case tuple([StaticType])
    /// `Range<Int>` and `ClosedRange<Int>`: what `for` and subscripts need to know is the bound type.
    case range(StaticType)
    case function([StaticType], StaticType)
    /// A user class or a host type, by name.
    case named(String)
    /// A script generic type with its arguments (`Stack<Int>`, `Pair<String, Double>`), where
    /// the checker knows them: written, or inferred from an initialiser's arguments.
    case generic(String, [StaticType])

    /// Swift's spelling, as in its diagnostics (`[String: Double]`, `Int?`).
    var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .void: return "()"
        case .array(let element): return "[\(element)]"
        case .dictionary(let key, let value): return "[\(key): \(value)]"
        case .set(let element): return "Set<\(element)>"
        case .optional(let wrapped), .implicitlyUnwrapped(let wrapped): return "\(wrapped)?"
        case .tuple(let items): return "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .range(let bound): return "Range<\(bound)>"
        case .function(let parameters, let result):
            return "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result)"
        case .named(let name): return name
        case .generic(let name, let arguments): return name + "<" + arguments.map(\.description).joined(separator: ", ") + ">"
        }
    }

    /// The type with its generic arguments dropped (`Stack<Int>` as `Stack`), for looking up
    /// what its declaration says.
    var nominal: StaticType {
        if case .generic(let name, _) = self { return .named(name) }
        return self
    }

    var isNumber: Bool { self == .int || self == .double || self == .float || isFixedWidthInteger }
    /// `UInt8`, `Int32`, `UInt` and the other integers of a fixed width than `Int`'s.
    var isFixedWidthInteger: Bool {
        if case .named(let name) = self { return FixedWidthIntegers.names.contains(name) }
        return false
    }
    var isFloatingPoint: Bool { self == .double || self == .float }

    /// The scalar types whose mismatches the checker reports; mismatches involving other types are
    /// left to the run time, where the bindings convert what they can.
    var isScalar: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character: return true
        default: return isFixedWidthInteger
        }
    }

    /// A type whose values the checker knows fully, so that a mismatch with another such type is
    /// certainly an error in Swift too.
    var isCertain: Bool {
        switch self {
        case .int, .double, .float, .bool, .string, .character: return true
        case .array(let element), .set(let element), .optional(let element): return element.isCertain
        case .dictionary(let key, let value): return key.isCertain && value.isCertain
        case .named(let name): return name == "String.Index" || FixedWidthIntegers.names.contains(name)
        default: return false
        }
    }

    var containsOptional: Bool {
        switch self {
        case .optional, .implicitlyUnwrapped: return true
        case .array(let element), .set(let element), .range(let element): return element.containsOptional
        case .dictionary(let key, let value): return key.containsOptional || value.containsOptional
        case .tuple(let items): return items.contains(where: \.containsOptional)
        default: return false
        }
    }

    var unwrapped: StaticType {
        switch self {
        case .optional(let wrapped), .implicitlyUnwrapped(let wrapped): return wrapped.unwrapped
        default: return self
        }
    }

    /// The type a name declared without annotation gets from its value: `let y = x` with `x: T!`
    /// makes `y` a plain `T?`, since only a written declaration makes a value implicitly unwrapped.
    var inferredForDeclaration: StaticType {
        if case .implicitlyUnwrapped(let wrapped) = self { return .optional(wrapped) }
        return self
    }

    /// The element type of a sequence, for `for`-`in` and closures over its elements.
    var element: StaticType? {
        switch self {
        case .array(let element), .set(let element), .range(let element): return element
        case .dictionary(let key, let value): return .tuple([key, value])
        case .string: return .character
        default: return nil
        }
    }

    /// Reads a written type: `Int`, `[Double]`, `[String: Int]`, `Int?`, `(Int, Double)`,
    /// `Set<Int>`, `(Double) -> Double`. Unknown names become `.named`.
    init?(parsing text: String) {
        var reader = TypeTextReader(text)
        guard let type = reader.readType(), reader.atEnd else { return nil }
        self = type
    }
}

/// A small reader of written Swift types (for bindings' signature texts and annotations).
struct TypeTextReader {
    private let characters: [Character]
    private var position = 0

    /// `any Shape`, `some Shape` and `inout Int` read as the type they name.
    init(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace)
        let kept = words.enumerated().filter { index, word in
            !(["any", "some", "inout"].contains(word) && index + 1 < words.count)
        }
        characters = Array(kept.map { String($0.element) }.joined())
    }

    var atEnd: Bool { position == characters.count }

    private func peek(_ text: String) -> Bool {
        let wanted = Array(text)
        return position + wanted.count <= characters.count && Array(characters[position..<position + wanted.count]) == wanted
    }

    private mutating func take(_ text: String) -> Bool {
        guard peek(text) else { return false }
        position += text.count
        return true
    }

    mutating func readType() -> StaticType? {
        guard var type = readPrimary() else { return nil }
        while true {
            if take("?") {
                type = .optional(type)
            } else if take("!") {
                type = .implicitlyUnwrapped(type)
            } else {
                break
            }
        }
        if take("->") {
            guard let result = readType() else { return nil }
            if case .tuple(let items) = type { return .function(items, result) }
            return .function([type], result)
        }
        return type
    }

    private mutating func readPrimary() -> StaticType? {
        if take("[") {
            guard let first = readType() else { return nil }
            if take(":") {
                guard let value = readType(), take("]") else { return nil }
                return .dictionary(first, value)
            }
            return take("]") ? .array(first) : nil
        }
        if take("(") {
            var items: [StaticType] = []
            while !take(")") {
                // A label (`(x: Int, y: Int)`) is skipped: the checker compares tuples by position.
                let save = position
                _ = readName()
                if !take(":") { position = save }
                guard let item = readType() else { return nil }
                items.append(item)
                if !take(",") { guard take(")") else { return nil }; break }
            }
            return items.count == 1 ? items[0] : .tuple(items)
        }
        guard let name = readName() else { return nil }
        if take("<") {
            var arguments: [StaticType] = []
            repeat {
                guard let argument = readType() else { return nil }
                arguments.append(argument)
            } while take(",")
            guard take(">") else { return nil }
            switch (name, arguments.count) {
            case ("Array", 1): return .array(arguments[0])
            case ("Set", 1): return .set(arguments[0])
            case ("Optional", 1): return .optional(arguments[0])
            case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
            case ("Range", 1), ("ClosedRange", 1): return .range(arguments[0])
            default: return .generic(name, arguments)
            }
        }
        switch name {
        case "Int": return .int
        case "Double", "CGFloat": return .double
        case "Float": return .float
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        case "Void": return .void
        default: return .named(name)
        }
    }

    private mutating func readName() -> String? {
        let start = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber
                || characters[position] == "_" || characters[position] == "." {
            position += 1
        }
        return position > start ? String(characters[start..<position]) : nil
    }
}
