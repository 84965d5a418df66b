/// One entry of the front matter's `params`. Its type is fixed by the declared value.
public struct NotebookParameter: Equatable {
    public let name: String
    public var value: ParameterValue
    /// Markdown line of the declaration.
    public let line: Int
    /// True when a `-p` override replaced the declared value.
    public var isOverridden = false

    public init(name: String, value: ParameterValue, line: Int, isOverridden: Bool = false) {
        self.name = name
        self.value = value
        self.line = line
        self.isOverridden = isOverridden
    }
}

/// A parameter value: YAML's plain scalars typed the way Swift would type the same literal.
public enum ParameterValue: Equatable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)

    /// The Swift type name: "Int", "Double", "Bool" or "String".
    public var typeName: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        }
    }

    /// The value as a Swift literal would print it (strings quoted).
    public var description: String {
        switch self {
        case let .int(value): return String(value)
        case let .double(value): return String(value)
        case let .bool(value): return String(value)
        case let .string(value): return "\"\(value)\""
        }
    }
}
