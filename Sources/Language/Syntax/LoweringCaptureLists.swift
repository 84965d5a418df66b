import SwiftSyntax

/// Closures with capture lists (`{ [total] in total * 2 }`, `{ [n = count + 1] in n }`,
/// `{ [weak self] in … }`). A captured name holds the value it had when the closure was made, so
/// the closure is lowered to a function of the captured names, applied at once to their current
/// values, that returns the closure. `self` keeps referring to the object (strong, weak and
/// unowned captures differ only in memory management, which cells do not observe).
extension Lowering {
    func lowerClosureExpression(_ closure: ClosureExprSyntax) throws -> Expr {
        let function = Expr.closure(try lowerClosure(closure))
        guard let captures = closure.signature?.capture?.items.filter({ $0.name.text != "self" }), !captures.isEmpty else {
            return function
        }
        let here = loc(closure)
        var parameters: [Parameter] = []
        var arguments: [Argument] = []
        for capture in captures {
            let name = NameRef(capture.name.text, loc(capture.name))
            parameters.append(Parameter(label: nil, name: name))
            let value = try capture.initializer.map { try lowerExpr($0.value) } ?? .name(NameRef(capture.name.text, loc(capture.name)))
            arguments.append(Argument(label: nil, value: value))
        }
        let maker = FunctionDecl(name: "closure", parameters: parameters, body: [.expression(function)], loc: here)
        maker.implicitReturn = true
        return .call(.closure(maker), arguments, here)
    }
}
