/// A `-p name=value` that names no declared parameter, has no `=`, or whose value does not fit
/// the declared type. Lists every such problem and the parameters the notebook does declare.
public struct ParameterOverrideError: Error, Equatable, CustomStringConvertible {
    /// One message per bad override, in command-line order.
    public let problems: [String]
    /// The declared parameters (with their declared values), for the hint.
    public let known: [NotebookParameter]

    public var description: String {
        let hint = known.isEmpty
            ? "the notebook declares no parameters (add them under 'params:' in its front matter)"
            : "known parameters: " + known.map { "\($0.name): \($0.value.typeName) = \($0.value)" }.joined(separator: ", ")
        return (problems + [hint]).joined(separator: "\n")
    }
}

extension FrontMatter {
    /// The front matter with `-p name=value` overrides applied, each value typed by the declared
    /// parameter: Int takes whole numbers, Double any decimal number, Bool `true` or `false`, and
    /// String the text as given. A later override of the same name wins.
    /// - Throws: `ParameterOverrideError` listing all bad overrides and the known parameters.
    public func applyingParameterOverrides(_ assignments: [String]) throws -> FrontMatter {
        var result = self
        var problems: [String] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                problems.append("-p \(assignment): expected name=value")
                continue
            }
            let name = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            guard let index = result.params.firstIndex(where: { $0.name == name }) else {
                problems.append("-p \(assignment): unknown parameter '\(name)'")
                continue
            }
            let declared = params[index].value
            guard let value = FrontMatter.value(text, typedLike: declared) else {
                problems.append("-p \(assignment): '\(text)' is not a valid \(declared.typeName) for parameter '\(name)'")
                continue
            }
            result.params[index].value = value
            result.params[index].isOverridden = true
        }
        guard problems.isEmpty else { throw ParameterOverrideError(problems: problems, known: params) }
        return result
    }

    /// `text` read as a value of the same type as `declared`, or nil when it is not one.
    static func value(_ text: String, typedLike declared: ParameterValue) -> ParameterValue? {
        switch declared {
        case .int: return Int(text).map(ParameterValue.int)
        case .double:
            guard let number = Double(text), number.isFinite else { return nil }
            return .double(number)
        case .bool: return Bool(text).map(ParameterValue.bool)
        case .string: return .string(text)
        }
    }
}
