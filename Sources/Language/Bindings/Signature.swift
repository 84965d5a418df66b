/// The parameter list of a bound host function, written as Swift writes one:
/// `"_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, stride: Int = 1"`, or with its
/// result type when the body's Swift type does not tell it (a body returning a script `Value`):
/// `"(_ x: Tensor, _ y: Tensor) -> (loss: Double, accuracy: Double)"`. A one-letter result that a
/// closure parameter also returns is a placeholder for what the closure gives: `noGrad` is
/// `"(_ body: () -> T) -> T"` (see `SignaturePlaceholders`).
///
/// Labels follow Swift: `_ name` is positional, `name` is labelled `name:`, `label name` is
/// labelled `label:`. A type containing `->` marks a closure parameter (a trailing closure may
/// fill it; a closure argument written in the call gets its parameter and result types from it,
/// as in `"_ schedule: (Int, Double) -> Double"`) and a type starting with `@builder` marks a
/// result-builder closure. A `...` after the
/// type makes the parameter variadic. The type checker reads the types (`staticType`) to find
/// arguments no conversion accepts before anything runs (see `HostCallTyping`).
/// Defaults are literals: numbers, strings, `true`/`false`, `nil`, `.member`, tuples and arrays
/// of these.
public struct Signature: CustomStringConvertible {
    public struct Parameter {
        public var label: String?
        public var name: String
        public var typeText: String
        public var defaultValue: Value?
        public var isVariadic: Bool
        public var isClosure: Bool
        /// The written type as the type checker reads it; nil when not written or not readable.
        var staticType: StaticType?
    }

    public let parameters: [Parameter]
    public let text: String
    /// The declared result type of the full form `(…) -> Result`; nil when only parameters are written.
    let resultType: StaticType?
    /// Set when `text` could not be read; calls through this signature then fail with it.
    let problem: String?
    /// What argument matching needs to know of each parameter, computed once.
    let shapes: [ArgumentMatching.ParameterShape]

    public init(_ text: String) {
        self.text = text
        var parameterText = text
        var resultType: StaticType?
        var problem: String?
        if let (inner, result) = Signature.fullForm(text) {
            parameterText = inner
            resultType = StaticType(parsing: result)
            if resultType == nil { problem = "invalid result type in binding signature '\(text)'" }
        }
        self.resultType = resultType
        var parameters: [Parameter] = []
        for part in Signature.splitTopLevel(parameterText, separator: ",") where !part.isEmpty {
            if let parameter = Signature.parameter(part) {
                parameters.append(parameter)
            } else {
                problem = "invalid binding signature '\(text)' near '\(part)'"
            }
        }
        self.parameters = parameters
        self.problem = problem
        shapes = parameters.map {
            ArgumentMatching.ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil,
                                            isVariadic: $0.isVariadic, isClosure: $0.isClosure)
        }
    }

    public var description: String { resultType == nil ? "(\(text))" : text }

    /// `(parameters) -> Result` split into its parameters' text and the result's text.
    private static func fullForm(_ text: String) -> (String, String)? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasPrefix("(") else { return nil }
        var depth = 0
        for index in trimmed.indices {
            if trimmed[index] == "(" { depth += 1 }
            if trimmed[index] == ")" { depth -= 1 }
            guard depth == 0 else { continue }
            let rest = String(trimmed[trimmed.index(after: index)...]).trimmingSpaces
            guard rest.hasPrefix("->") else { return nil }
            return (String(trimmed[trimmed.index(after: trimmed.startIndex)..<index]), String(rest.dropFirst(2)))
        }
        return nil
    }

    private static func parameter(_ text: String) -> Parameter? {
        let (declaration, defaultText) = splitOnce(text, "=")
        let (names, typeText) = splitOnce(declaration, ":")
        var words = names.split(separator: " ").map(String.init)
        var isVariadic = typeText?.hasSuffix("...") ?? false
        if let last = words.last, last.hasSuffix("...") {
            words[words.count - 1] = String(last.dropLast(3))
            isVariadic = true
        }
        guard words.count == 1 || words.count == 2 else { return nil }
        let label = words[0] == "_" ? nil : words[0]
        let name = words.count == 2 ? words[1] : words[0]
        var defaultValue: Value?
        if let defaultText {
            guard let value = literal(defaultText) else { return nil }
            defaultValue = value
        }
        let type = typeText ?? ""
        let isClosure = type.contains("->") || type.hasPrefix("@builder")
        let written = isVariadic ? String(type.trimmingSpaces.dropLast(3)) : type
        return Parameter(label: label, name: name, typeText: type, defaultValue: defaultValue, isVariadic: isVariadic,
                         isClosure: isClosure, staticType: type.hasPrefix("@builder") ? nil : StaticType(parsing: written))
    }

    /// A string default's text with Swift's escapes `\n`, `\t`, `\"` and `\\` applied.
    private static func unescaped(_ text: Substring) -> String {
        var result = "", escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Reads a default value literal.
    static func literal(_ raw: String) -> Value? {
        let text = raw.trimmingSpaces
        if let int = Int(text) { return .int(int) }
        if let double = Double(text) { return .double(double) }
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "nil": return Value.none
        default: break
        }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            return .string(unescaped(text.dropFirst().dropLast()))
        }
        if text.hasPrefix("."), text.count > 1 { return .symbol(String(text.dropFirst())) }
        for (open, close, isTuple) in [("(", ")", true), ("[", "]", false)]
        where text.hasPrefix(open) && text.hasSuffix(close) {
            let inner = String(text.dropFirst().dropLast())
            var items: [Value] = []
            for part in splitTopLevel(inner, separator: ",") where !part.isEmpty {
                guard let item = literal(part) else { return nil }
                items.append(item)
            }
            return isTuple ? .tuple(items, labels: items.map { _ in nil }) : .array(items)
        }
        return nil
    }

    /// Splits at `separator` outside brackets and quotes; parts are trimmed.
    static func splitTopLevel(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var inString = false
        for character in text {
            if character == "\"" { inString.toggle() }
            if !inString {
                if "([{".contains(character) { depth += 1 }
                if ")]}".contains(character) { depth -= 1 }
                if character == separator && depth == 0 {
                    parts.append(current.trimmingSpaces)
                    current = ""
                    continue
                }
            }
            current.append(character)
        }
        parts.append(current.trimmingSpaces)
        return parts
    }

    private static func splitOnce(_ text: String, _ separator: Character) -> (String, String?) {
        let parts = splitTopLevel(text, separator: separator)
        guard parts.count > 1 else { return (text.trimmingSpaces, nil) }
        return (parts[0], parts.dropFirst().joined(separator: String(separator)))
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
