import SwiftSyntax

/// swift-syntax leaves `a + b * c` as a flat sequence; this folds it with Swift's standard
/// precedence groups (assignment < ternary < || < && < comparison < ?? < casting < range <
/// addition (also `|`, `^`, `&+`, `&-`) < multiplication (also `&`, `&*`) < bitwise shift).
extension Lowering {
    private struct OperatorInfo {
        let precedence: Int
        let rightAssociative: Bool
    }

    private static let precedences: [String: Int] = [
        "||": 110, "&&": 120,
        "==": 130, "!=": 130, "<": 130, "<=": 130, ">": 130, ">=": 130, "===": 130, "!==": 130,
        "??": 131, "..<": 135, "...": 135, "+": 140, "-": 140, "*": 150, "/": 150, "%": 150,
        "|": 140, "^": 140, "&+": 140, "&-": 140, "&": 150, "&*": 150, "<<": 160, ">>": 160,
    ]
    private static let compoundAssignments: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "%=": .remainder,
        "<<=": .shiftLeft, ">>=": .shiftRight, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor,
        "&+=": .wrappingAdd, "&-=": .wrappingSubtract, "&*=": .wrappingMultiply,
    ]

    func foldSequence(_ elements: [ExprSyntax]) throws -> Expr {
        var position = 0
        return try foldOperands(elements, &position, minimum: 0)
    }

    private func foldOperands(_ elements: [ExprSyntax], _ position: inout Int, minimum: Int) throws -> Expr {
        guard position < elements.count else {
            throw LocatedError(.syntax, "expected an expression", elements.last.map { loc($0) } ?? .unknown)
        }
        var lhs = try lowerExpr(elements[position])
        position += 1
        while position < elements.count {
            let operatorNode = elements[position]
            let info = try operatorInfo(operatorNode)
            if info.precedence < minimum { break }
            position += 1
            let here = loc(operatorNode)
            if let cast = operatorNode.as(UnresolvedAsExprSyntax.self) {
                let typeName = typeName(elements, &position)
                let mark = cast.questionOrExclamationMark?.text
                // `as!` and a plain `as` share `.cast(conditional: false)`: a value that does not fit the
                // type (which only `as!` lets through swiftc) stops with a located error.
                lhs = .cast(lhs, typeName: typeName, conditional: mark == "?", here)
                continue
            }
            if operatorNode.is(UnresolvedIsExprSyntax.self) {
                lhs = .typeCheck(lhs, typeName: typeName(elements, &position), here)
                continue
            }
            let next = info.rightAssociative ? info.precedence : info.precedence + 1
            if let ternary = operatorNode.as(UnresolvedTernaryExprSyntax.self) {
                let then = try lowerExpr(ternary.thenExpression)
                let otherwise = try foldOperands(elements, &position, minimum: next)
                lhs = .ternary(lhs, then, otherwise, here)
                continue
            }
            let rhs = try foldOperands(elements, &position, minimum: next)
            lhs = try combine(operatorNode, lhs, rhs, here)
        }
        return lhs
    }

    private func typeName(_ elements: [ExprSyntax], _ position: inout Int) -> String {
        guard position < elements.count else { return "" }
        defer { position += 1 }
        return qualifyingNestedNames(elements[position].trimmedDescription)
    }

    private func operatorInfo(_ node: ExprSyntax) throws -> OperatorInfo {
        if node.is(AssignmentExprSyntax.self) { return OperatorInfo(precedence: 90, rightAssociative: true) }
        if node.is(UnresolvedTernaryExprSyntax.self) { return OperatorInfo(precedence: 100, rightAssociative: true) }
        if node.is(UnresolvedAsExprSyntax.self) || node.is(UnresolvedIsExprSyntax.self) {
            return OperatorInfo(precedence: 132, rightAssociative: false)
        }
        if let binary = node.as(BinaryOperatorExprSyntax.self) {
            let text = binary.operator.text
            if Lowering.compoundAssignments[text] != nil { return OperatorInfo(precedence: 90, rightAssociative: true) }
            if let precedence = Lowering.precedences[text] {
                return OperatorInfo(precedence: precedence, rightAssociative: text == "??")
            }
            throw LocatedError(.unsupported, "the operator '\(text)' is not supported in notebook cells", loc(node))
        }
        throw unsupported("expressions of this kind", node)
    }

    private func combine(_ node: ExprSyntax, _ lhs: Expr, _ rhs: Expr, _ here: Loc) throws -> Expr {
        if node.is(AssignmentExprSyntax.self) { return .assign(lhs, rhs, here) }
        let text = node.as(BinaryOperatorExprSyntax.self)?.operator.text ?? ""
        if let compound = Lowering.compoundAssignments[text] { return .compoundAssign(compound, lhs, rhs, here) }
        switch text {
        case "&&": return .and(lhs, rhs, here)
        case "||": return .or(lhs, rhs, here)
        case "??": return .nilCoalescing(lhs, rhs, here)
        default:
            guard let op = BinaryOperator(rawValue: text) else {
                throw LocatedError(.unsupported, "the operator '\(text)' is not supported in notebook cells", here)
            }
            return .binary(op, lhs, rhs, here)
        }
    }
}
