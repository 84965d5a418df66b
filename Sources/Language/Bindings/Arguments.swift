/// The arguments of one call of a bound host function, already matched to its signature
/// (labels checked, defaults filled in, variadic arguments collected into an array).
///
/// Read them by parameter name or position, converted to the Swift type you need; a conversion
/// failure throws the message users see: "argument 'kernelSize' expects Int or (Int, Int), got String".
public struct Arguments {
    /// The function, method or type being called (for messages).
    public let callee: String
    let signature: Signature
    let values: [Value]
    /// The instance for methods, calls and subscripts of host types.
    public let receiver: Any?
    unowned let interpreter: Interpreter

    public var count: Int { values.count }

    /// The value of parameter `index` (in signature order).
    public subscript(index: Int) -> Value { index < values.count ? values[index] : .none }

    /// The value of the parameter named `name` (its inner name, as written in the signature).
    public subscript(name: String) -> Value {
        guard let index = signature.parameters.firstIndex(where: { $0.name == name }) else { return .none }
        return values[index]
    }

    /// True when the argument was given (or defaulted) and is not `nil`.
    public func isPresent(_ name: String) -> Bool {
        if case .none = self[name] { return false }
        return true
    }

    public func get<T>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try convert(self[index], name: parameterName(index), to: type)
    }

    public func get<T>(_ name: String, as type: T.Type = T.self) throws -> T {
        try convert(self[name], name: name, to: type)
    }

    /// An optional argument: nil when it is `nil`.
    public func optional<T>(_ name: String, as type: T.Type = T.self) throws -> T? {
        if case .none = self[name] { return nil }
        return try get(name, as: type)
    }

    public func int(_ name: String) throws -> Int { try get(name, as: Int.self) }
    public func int(_ index: Int) throws -> Int { try get(index, as: Int.self) }
    public func double(_ name: String) throws -> Double { try get(name, as: Double.self) }
    public func double(_ index: Int) throws -> Double { try get(index, as: Double.self) }
    public func string(_ name: String) throws -> String { try get(name, as: String.self) }
    public func bool(_ name: String) throws -> Bool { try get(name, as: Bool.self) }

    /// An array of host values (`[Tensor]`, `[Layer]`), from an array or tuple argument.
    public func array<T>(_ name: String, of type: T.Type) throws -> [T] {
        let value = self[name]
        let items: [Value]
        switch value {
        case .array(let array): items = array
        case .tuple(let tuple, _): items = tuple
        default: throw mismatch(name, expected: "[\(interpreter.bindings.scriptName(of: T.self))]", got: value)
        }
        return try items.map { try convert($0, name: name, to: T.self) }
    }

    /// `count` integers from an Int (repeated) or a tuple/array of `count` Ints: kernel sizes,
    /// strides and pool sizes such as `3` or `(3, 3)`.
    public func ints(_ name: String, count: Int) throws -> [Int] {
        let value = self[name]
        if case .int(let int) = value { return Array(repeating: int, count: count) }
        if let ints = [Int](scriptValue: value), ints.count == count { return ints }
        let tuple = "(" + Array(repeating: "Int", count: count).joined(separator: ", ") + ")"
        throw mismatch(name, expected: "Int or \(tuple)", got: value)
    }

    /// A shape: an Int, or a tuple or array of Ints (`(28, 28, 1)`, `[2, 3]`).
    public func shape(_ name: String) throws -> [Int] {
        let value = self[name]
        if case .int(let int) = value { return [int] }
        if let ints = [Int](scriptValue: value) { return ints }
        throw mismatch(name, expected: "a shape (Int, or a tuple or array of Ints)", got: value)
    }

    /// A closure argument as a Swift function that runs it in the interpreter.
    public func function(_ name: String) throws -> ([Value]) throws -> Value {
        let value = self[name]
        guard case .function = value else { throw mismatch(name, expected: "a closure", got: value) }
        let interpreter = self.interpreter
        return { arguments in try interpreter.callFromHost(value, arguments) }
    }

    /// A result-builder closure argument (`Sequential { Conv2D(...); Dense(10) }`): runs it and
    /// returns the value of each expression statement, in order (also inside `if` and `for`).
    public func builder(_ name: String) throws -> [Value] {
        let value = self[name]
        guard case .function(let function) = value else { throw mismatch(name, expected: "a builder block", got: value) }
        return try interpreter.callBuilder(function)
    }

    /// Converts a value with the session's bindings (for setters and hooks).
    public func convert<T>(_ value: Value, name: String, to type: T.Type) throws -> T {
        if let converted = interpreter.bindings.convert(value, to: type) { return converted }
        throw mismatch(name, expected: interpreter.bindings.scriptName(of: T.self), got: value)
    }

    private func parameterName(_ index: Int) -> String {
        index < signature.parameters.count ? signature.parameters[index].name : "#\(index + 1)"
    }

    private func mismatch(_ name: String, expected: String, got value: Value) -> ArgumentConversionError {
        ArgumentConversionError(message: "argument '\(name)' expects \(expected), got \(value.typeName)")
    }
}

/// Swift's rules for matching call arguments to parameters, shared by host and script functions.
enum ArgumentMatching {
    struct ParameterShape {
        var label: String?
        var hasDefault: Bool
        var isVariadic: Bool
        var isClosure: Bool
    }

    enum Slot {
        case argument(Int)
        case defaulted
        case variadic([Int])
    }

    /// For each parameter, which argument fills it; or a message naming the mismatch.
    static func match(_ parameters: [ParameterShape], labels: [String?], trailing: [Bool],
                      callee: String) -> Result<[Slot], MatchFailure> {
        var slots: [Slot] = []
        slots.reserveCapacity(parameters.count)
        var next = 0
        for parameter in parameters {
            if parameter.isVariadic {
                var taken: [Int] = []
                if next < labels.count, labels[next] == parameter.label || trailing[next] {
                    taken.append(next)
                    next += 1
                    while next < labels.count, labels[next] == nil, !trailing[next] {
                        taken.append(next)
                        next += 1
                    }
                }
                slots.append(.variadic(taken))
                continue
            }
            if next < labels.count {
                let fits = labels[next] == parameter.label
                    || (trailing[next] && labels[next] == nil && (parameter.isClosure || !parameter.hasDefault))
                if fits {
                    slots.append(.argument(next))
                    next += 1
                    continue
                }
            }
            if parameter.hasDefault {
                slots.append(.defaulted)
                continue
            }
            let wanted = parameter.label.map { "'\($0):'" } ?? "an unlabelled argument"
            if next < labels.count {
                let found = labels[next].map { "'\($0):'" } ?? "an unlabelled argument"
                return .failure(MatchFailure(message: "\(callee) expects \(wanted) at argument \(next + 1), found \(found)"))
            }
            return .failure(MatchFailure(message: "missing argument \(wanted) in call to \(callee)"))
        }
        if next < labels.count {
            let extra = labels[next].map { "'\($0):'" } ?? "unlabelled argument"
            return .failure(MatchFailure(message: "extra \(extra) at argument \(next + 1) in call to \(callee)"))
        }
        return .success(slots)
    }

    struct MatchFailure: Error { let message: String }
}
