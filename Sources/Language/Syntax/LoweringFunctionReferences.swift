import SwiftSyntax

/// Expressions that stand for a function of one value: key paths to properties (`\.area`,
/// `\Point.x`, `\.address.city`), used where a function is expected (`shapes.map(\.area)`,
/// `words.filter(\.isEmpty)`) or read with `value[keyPath: path]`, and initializers named as
/// values (`words.map(String.init)`, `texts.compactMap(Int.init)`). Each lowers to the closure
/// Swift's conversion stands for: `{ $0.area }`, `{ String($0) }`; a written root type
/// (`\Point.x`) types the closure's parameter.
extension Lowering {
    func lowerKeyPath(_ keyPath: KeyPathExprSyntax) throws -> Expr {
        let here = loc(keyPath)
        let root = NameRef("$0", here)
        var body: Expr = .name(root)
        for component in keyPath.components {
            guard case .property(let property) = component.component else {
                throw unsupported("key paths with subscripts or optional chaining", component)
            }
            let name = property.declName.baseName.text
            if name != "self" { body = .member(body, name, loc(property.declName)) }
        }
        let rootType = keyPath.root.flatMap(staticType)
        let function = FunctionDecl(name: "closure", parameters: [Parameter(label: nil, name: root, type: rootType)],
                                    body: [.expression(body)], loc: here)
        function.implicitReturn = true
        return .closure(function)
    }

    /// `value[keyPath: path]`: the key path applied to the value.
    func lowerKeyPathSubscript(_ sub: SubscriptCallExprSyntax) throws -> Expr? {
        guard sub.arguments.count == 1, let only = sub.arguments.first, only.label?.text == "keyPath" else { return nil }
        let value = try lowerExpr(sub.calledExpression)
        return .call(try lowerExpr(only.expression), [Argument(label: nil, value: value)], loc(sub.leftSquare))
    }

    /// `String.init` not called: the closure `{ String($0) }`; `Point.init(x:y:)`: `{ Point(x: $0, y: $1) }`.
    func lowerInitializerReference(_ member: MemberAccessExprSyntax) throws -> Expr? {
        guard member.declName.baseName.text == "init", let base = member.base else { return nil }
        if let call = member.parent?.as(FunctionCallExprSyntax.self), call.calledExpression.id == ExprSyntax(member).id { return nil }
        let here = loc(member)
        // `Celsius.init(fahrenheit:)` names its labels; bare `T.init` leaves them to the resolver.
        let written = member.declName.argumentNames.map { $0.arguments.map { $0.name.text == "_" ? nil : $0.name.text } }
        let labels: [String?] = written ?? [nil]
        let names = labels.indices.map { NameRef("$\($0)", here) }
        let call = Expr.call(try lowerExpr(base), zip(labels, names).map { Argument(label: $0, value: .name($1)) }, here)
        let function = FunctionDecl(name: "closure", parameters: names.map { Parameter(label: nil, name: $0) },
                                    body: [.expression(call)], loc: here)
        function.implicitReturn = true
        function.isInitializerReference = written == nil
        return .closure(function)
    }
}
