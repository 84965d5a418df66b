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
///
/// Script functions follow Swift exactly: labelled arguments come in the parameters' order, and an
/// out-of-order label is an error that names the order Swift expects. Library (host) functions
/// relax one rule, as Keras and PyTorch keyword arguments do: their labelled arguments may come in
/// any order (`Dense(10, activation: .relu, useBias: false)` with the labels swapped is accepted).
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
    /// `anyLabelOrder` accepts labelled arguments in any order (library calls).
    static func match(_ parameters: [ParameterShape], labels: [String?], trailing: [Bool],
                      callee: String, quotesCallee: Bool = false, anyLabelOrder: Bool = false) -> Result<[Slot], MatchFailure> {
        let callee = Callee(text: callee, isQuoted: quotesCallee)
        let inOrder = matchInOrder(parameters, labels: labels, trailing: trailing, callee: callee)
        guard case .failure = inOrder, let order = parameterOrder(parameters, labels: labels, trailing: trailing),
              order != Array(labels.indices) else { return inOrder }
        let reordered = matchInOrder(parameters, labels: order.map { labels[$0] }, trailing: order.map { trailing[$0] },
                                     callee: callee)
        guard case .success(let slots) = reordered else { return inOrder }
        if !anyLabelOrder { return .failure(outOfOrder(labels: labels, order: order)) }
        return .success(slots.map { slot in
            switch slot {
            case .argument(let index): return .argument(order[index])
            case .defaulted: return .defaulted
            case .variadic(let indices): return .variadic(indices.map { order[$0] })
            }
        })
    }

    /// The arguments' indices sorted into the parameters' order: each labelled argument goes where
    /// its label's parameter is, unlabelled ones keep their places among the unlabelled
    /// parameters, trailing closures stay last. Nil when a label names no parameter.
    private static func parameterOrder(_ parameters: [ParameterShape], labels: [String?], trailing: [Bool]) -> [Int]? {
        var unlabelledPositions = parameters.indices.filter { parameters[$0].label == nil }.makeIterator()
        // A variadic unlabelled parameter (`_ plots: Any...`) takes every further unlabelled argument.
        var variadicPosition: Int?
        var keys: [(key: Int, index: Int)] = []
        var usedLabels: Set<Int> = []
        for (index, label) in labels.enumerated() {
            if trailing[index] {
                keys.append((parameters.count + index, index))
            } else if let label {
                guard let position = parameters.indices.first(where: { parameters[$0].label == label && !usedLabels.contains($0) })
                else { return nil }
                if !parameters[position].isVariadic { usedLabels.insert(position) }
                keys.append((position, index))
            } else if let variadicPosition {
                keys.append((variadicPosition, index))
            } else {
                let position = unlabelledPositions.next() ?? parameters.count
                if position < parameters.count, parameters[position].isVariadic { variadicPosition = position }
                keys.append((position, index))
            }
        }
        return keys.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.index)
    }

    /// Swift's message for labels in the wrong order: "argument 'b' must precede argument 'a'".
    private static func outOfOrder(labels: [String?], order: [Int]) -> MatchFailure {
        for (position, index) in order.enumerated() where index != position {
            return MatchFailure(.outOfOrder(early: labels[index], late: labels[position], position: position))
        }
        return MatchFailure(.outOfOrder(early: nil, late: nil, position: -1))
    }

    private static func matchInOrder(_ parameters: [ParameterShape], labels: [String?], trailing: [Bool],
                                     callee: Callee) -> Result<[Slot], MatchFailure> {
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
            if next < labels.count {
                return .failure(MatchFailure(.unexpected(callee: callee, wanted: parameter.label, position: next, found: labels[next])))
            }
            return .failure(MatchFailure(.missing(callee: callee, label: parameter.label)))
        }
        if next < labels.count {
            return .failure(MatchFailure(.extra(callee: callee, label: labels[next], position: next)))
        }
        return .success(slots)
    }

    /// The function a message names: as written (`init`), or a name to put in quotes (`'f'`),
    /// quoted only when a message is written.
    struct Callee: CustomStringConvertible {
        let text: String
        let isQuoted: Bool
        var description: String { isQuoted ? "'\(text)'" : text }
    }

    /// Why arguments do not fit; the message is written only when asked for, since a call of an
    /// overloaded library function fails to match most of its overloads on the way to the one
    /// that fits.
    struct MatchFailure: Error {
        enum Problem {
            case unexpected(callee: Callee, wanted: String?, position: Int, found: String?)
            case missing(callee: Callee, label: String?)
            case extra(callee: Callee, label: String?, position: Int)
            /// `position` -1: out of order, with no one pair to name.
            case outOfOrder(early: String?, late: String?, position: Int)
        }

        let problem: Problem

        init(_ problem: Problem) { self.problem = problem }

        var message: String {
            switch problem {
            case .unexpected(let callee, let wanted, let position, let found):
                let wantedText = wanted.map { "'\($0):'" } ?? "an unlabelled argument"
                let foundText = found.map { "'\($0):'" } ?? "an unlabelled argument"
                return "\(callee) expects \(wantedText) at argument \(position + 1), found \(foundText)"
            case .missing(let callee, let label):
                return (label.map { "missing argument '\($0):'" } ?? "missing an unlabelled argument") + " in call to \(callee)"
            case .extra(let callee, let label, let position):
                return "extra \(label.map { "'\($0):'" } ?? "unlabelled argument") at argument \(position + 1) in call to \(callee)"
            case .outOfOrder(_, _, -1):
                return "arguments are out of order"
            case .outOfOrder(let early, let late, let position):
                let earlyText = early.map { "argument '\($0)'" } ?? "unnamed argument #\(position + 1)"
                let lateText = late.map { "argument '\($0)'" } ?? "unnamed argument #\(position + 1)"
                return "\(earlyText) must precede \(lateText)"
            }
        }
    }
}
