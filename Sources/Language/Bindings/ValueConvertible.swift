/// A Swift type with a natural notebook-language representation (numbers, strings, arrays...).
/// Bindings convert arguments to such types and wrap results of such types automatically.
public protocol ValueConvertible {
    /// Converts from a script value, or returns nil when `value` has the wrong type.
    init?(scriptValue value: Value)
    var scriptValue: Value { get }
    /// The type's name in conversion errors: "argument 'lr' expects Double, got String".
    static var scriptTypeName: String { get }
}

extension Int: ValueConvertible {
    public init?(scriptValue value: Value) {
        guard case .int(let int) = value else { return nil }
        self = int
    }
    public var scriptValue: Value { .int(self) }
    public static var scriptTypeName: String { "Int" }
}

extension Double: ValueConvertible {
    /// Accepts Int too, as Swift infers a Double for an integer literal where one is expected.
    public init?(scriptValue value: Value) {
        switch value {
        case .double(let double): self = double
        case .int(let int): self = Double(int)
        case .float(let float): self = Double(float)
        default: return nil
        }
    }
    public var scriptValue: Value { .double(self) }
    public static var scriptTypeName: String { "Double" }
}

extension Float: ValueConvertible {
    public init?(scriptValue value: Value) {
        if case .float(let float) = value {
            self = float
            return
        }
        guard let double = Double(scriptValue: value) else { return nil }
        self = Float(double)
    }
    public var scriptValue: Value { .double(Double(self)) }
    public static var scriptTypeName: String { "Float" }
}

extension Bool: ValueConvertible {
    public init?(scriptValue value: Value) {
        guard case .bool(let bool) = value else { return nil }
        self = bool
    }
    public var scriptValue: Value { .bool(self) }
    public static var scriptTypeName: String { "Bool" }
}

extension String: ValueConvertible {
    public init?(scriptValue value: Value) {
        switch value {
        case .string(let string): self = string
        case .character(let character): self = String(character)
        default: return nil
        }
    }
    public var scriptValue: Value { .string(self) }
    public static var scriptTypeName: String { "String" }
}

extension Array: ValueConvertible where Element: ValueConvertible {
    /// Accepts an array or a tuple whose items all convert (`(28, 28, 1)` as `[Int]`).
    public init?(scriptValue value: Value) {
        let items: [Value]
        switch value {
        case .array(let array): items = array
        case .tuple(let tuple, _): items = tuple
        case .range(let lower, let upper, _) where Element.self == Int.self:
            items = (lower..<upper).map { .int($0) }
        default: return nil
        }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let element = Element(scriptValue: item) else { return nil }
            result.append(element)
        }
        self = result
    }
    public var scriptValue: Value { .array(map(\.scriptValue)) }
    public static var scriptTypeName: String { "[\(Element.scriptTypeName)]" }
}

extension Dictionary: ValueConvertible where Key == String, Value: ValueConvertible {
    public init?(scriptValue value: Language.Value) {
        guard case .dictionary(let dictionary) = value else { return nil }
        var result: [String: Value] = [:]
        for (key, item) in dictionary.entries {
            guard case .string(let name) = key, let converted = Value(scriptValue: item) else { return nil }
            result[name] = converted
        }
        self = result
    }
    public var scriptValue: Language.Value {
        var dictionary = ValueDictionary()
        for key in keys.sorted() { dictionary.set(.string(key), self[key]!.scriptValue) }
        return .dictionary(dictionary)
    }
    public static var scriptTypeName: String { "[String: \(Value.scriptTypeName)]" }
}

/// An error a binding throws for a problem the user caused ("learning rate must be positive").
/// The interpreter adds the location of the call.
public struct BindingError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Thrown by `Arguments` when an argument has the wrong type; another overload is tried if any.
public struct ArgumentConversionError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Value: ValueConvertible {
    /// Any value converts to `Value`: bindings that take "anything" ask for `Value` or `[Value]`.
    public init?(scriptValue value: Value) { self = value }
    public var scriptValue: Value { self }
    public static var scriptTypeName: String { "Any" }
}
