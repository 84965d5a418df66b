import SwiftSyntax

/// `@autoclosure` parameters: `func log(_ message: @autoclosure () -> String)` takes a closure,
/// and a call `log(expensive())` passes one without braces, so `expensive()` runs only if and
/// when `log` calls `message()`. Lowering knows the functions with such parameters (those of
/// earlier cells, kept in the global table, and every one of this cell, found before its code is
/// lowered) and wraps the matching arguments of their calls in a closure, by the callee's name
/// and the arguments' labels.
struct AutoclosureParameters {
    /// For each function or method name with an `@autoclosure` parameter: its parameters'
    /// argument labels, and which of them are autoclosures.
    var byName: [String: [(label: String?, isAutoclosure: Bool)]] = [:]

    /// Records the functions and methods of `items` that have `@autoclosure` parameters.
    mutating func collect(in items: CodeBlockItemListSyntax) {
        final class Finder: SyntaxVisitor {
            var found: [String: [(label: String?, isAutoclosure: Bool)]] = [:]
            override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
                let parameters = node.signature.parameterClause.parameters.map { parameter in
                    (label: parameter.firstName.text == "_" ? nil : parameter.firstName.text,
                     isAutoclosure: AutoclosureParameters.isAutoclosure(parameter.type))
                }
                if parameters.contains(where: \.isAutoclosure) { found[node.name.text] = parameters }
                return .visitChildren
            }
        }
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(items)
        byName.merge(finder.found) { $1 }
    }

    static func isAutoclosure(_ type: TypeSyntax) -> Bool {
        type.as(AttributedTypeSyntax.self)?.attributes.contains { $0.trimmedDescription == "@autoclosure" } ?? false
    }

    /// `arguments` of a call of `name`, with those passed to autoclosure parameters wrapped in a
    /// closure returning them.
    func wrapping(_ arguments: [Argument], callee name: String?) -> [Argument] {
        guard let name, let parameters = byName[name] else { return arguments }
        var next = 0
        return arguments.map { argument in
            // Arguments fill parameters in order, each by its label (defaults may be skipped).
            guard let position = parameters[next...].firstIndex(where: { $0.label == argument.label }) else { return argument }
            next = position + 1
            guard parameters[position].isAutoclosure, !argument.isTrailingClosure else { return argument }
            let closure = FunctionDecl(name: "closure", parameters: [], body: [.expression(argument.value)], loc: argument.value.loc)
            closure.implicitReturn = true
            return Argument(label: argument.label, value: .closure(closure))
        }
    }
}
