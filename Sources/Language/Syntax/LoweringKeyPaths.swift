import SwiftSyntax

/// Key paths to properties (`\.area`, `\Point.x`, `\.address.city`), used where a function is
/// expected (`shapes.map(\.area)`, `words.filter(\.isEmpty)`) or read with `value[keyPath: path]`.
/// A key path lowers to the closure `{ $0.area }`, which is what Swift's key-path-as-function
/// conversion calls; a written root type (`\Point.x`) types the closure's parameter.
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
}
