import SwiftSyntax

extension Lowering {
    func lowerExpr(_ expr: ExprSyntax) throws -> Expr {
        let lowered = try lowerExprNode(expr)
        // An optional chain (`a?.b.c`) ends where the postfix expression that contains it ends.
        if containsOptionalBind(expr), !isPostfixBase(expr) { return .optionalChain(lowered) }
        return lowered
    }

    private func containsOptionalBind(_ expr: ExprSyntax) -> Bool {
        var current: ExprSyntax? = expr
        while let node = current {
            if node.is(OptionalChainingExprSyntax.self) { return true }
            if let member = node.as(MemberAccessExprSyntax.self) {
                if let base = member.base, member.declName.baseName.text == "none", optionalTypeReference(base) != nil { return false }
                current = member.base
            }
            else if let call = node.as(FunctionCallExprSyntax.self) { current = call.calledExpression }
            else if let sub = node.as(SubscriptCallExprSyntax.self) { current = sub.calledExpression }
            else if let force = node.as(ForceUnwrapExprSyntax.self) { current = force.expression }
            else { return false }
        }
        return false
    }

    private func isPostfixBase(_ expr: ExprSyntax) -> Bool {
        guard let parent = expr.parent else { return false }
        if let member = parent.as(MemberAccessExprSyntax.self) { return member.base?.id == expr.id }
        if let call = parent.as(FunctionCallExprSyntax.self) { return call.calledExpression.id == expr.id }
        if let sub = parent.as(SubscriptCallExprSyntax.self) { return sub.calledExpression.id == expr.id }
        if parent.is(ForceUnwrapExprSyntax.self) || parent.is(OptionalChainingExprSyntax.self) { return true }
        return false
    }

    private func lowerExprNode(_ expr: ExprSyntax) throws -> Expr {
        let here = loc(expr)
        if let literal = expr.as(IntegerLiteralExprSyntax.self) {
            guard let value = literal.representedLiteralValue else {
                throw LocatedError(.syntax, "integer literal '\(literal.literal.text)' overflows Int", here)
            }
            return .number(NumberLiteral(.int(value), isFloat: false, here))
        }
        if let literal = expr.as(FloatLiteralExprSyntax.self) {
            return .number(NumberLiteral(.double(literal.representedLiteralValue ?? .nan), isFloat: true, here))
        }
        if let literal = expr.as(BooleanLiteralExprSyntax.self) {
            return .literal(.bool(literal.literal.tokenKind == .keyword(.true)), here)
        }
        if expr.is(NilLiteralExprSyntax.self) { return .literal(.none, here) }
        if let string = expr.as(StringLiteralExprSyntax.self) { return try lowerString(string) }
        if let reference = expr.as(DeclReferenceExprSyntax.self) { return try lowerReference(reference) }
        if let member = expr.as(MemberAccessExprSyntax.self) {
            if let reference = try lowerInitializerReference(member) { return reference }
            let nameLoc = loc(member.declName)
            let name = member.declName.baseName.text
            guard let base = member.base else { return .implicitMember(ImplicitMember(name, nameLoc)) }
            // `Circle.self` is the type itself, `x.self` the value itself.
            if name == "self", member.declName.argumentNames == nil { return try lowerExpr(base) }
            if base.is(SuperExprSyntax.self) { return .superMember(SuperMember(NameRef("self", loc(base)), name, nameLoc)) }
            if name == "none", let optional = optionalTypeReference(base) { return .member(optional, name, nameLoc) }
            return .member(try lowerExpr(base), name, nameLoc)
        }
        if let call = expr.as(FunctionCallExprSyntax.self) { return try lowerCall(call) }
        if let sub = expr.as(SubscriptCallExprSyntax.self) {
            if let applied = try lowerKeyPathSubscript(sub) { return applied }
            return .subscriptAccess(try lowerExpr(sub.calledExpression), try lowerArguments(sub.arguments), loc(sub.leftSquare))
        }
        if let closure = expr.as(ClosureExprSyntax.self) { return try lowerClosureExpression(closure) }
        if let keyPath = expr.as(KeyPathExprSyntax.self) { return try lowerKeyPath(keyPath) }
        if expr.is(IfExprSyntax.self) || expr.is(SwitchExprSyntax.self) { return try lowerConditionalExpression(expr) }
        if let sequence = expr.as(SequenceExprSyntax.self) { return try foldSequence(Array(sequence.elements)) }
        if let tuple = expr.as(TupleExprSyntax.self) {
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try lowerExpr(only.expression)
            }
            return .tuple(try tuple.elements.map { try lowerExpr($0.expression) },
                          labels: tuple.elements.map { $0.label?.text }, here)
        }
        if let array = expr.as(ArrayExprSyntax.self) {
            return .array(try array.elements.map { try lowerExpr($0.expression) }, here)
        }
        if let dictionary = expr.as(DictionaryExprSyntax.self) {
            switch dictionary.content {
            case .colon: return .dictionary([], here)
            case .elements(let elements):
                return .dictionary(try elements.map { (try lowerExpr($0.key), try lowerExpr($0.value)) }, here)
            }
        }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            let operand = try lowerExpr(prefix.expression)
            switch prefix.operator.text {
            case "-":
                if case .number(let literal) = operand {
                    switch literal.value {
                    case .int(let value): return .number(NumberLiteral(.int(-value), isFloat: false, here))
                    case .double(let value): return .number(NumberLiteral(.double(-value), isFloat: true, here))
                    default: break
                    }
                }
                return .unary(.negate, operand, here)
            case "!": return .unary(.not, operand, here)
            case "+": return .unary(.plus, operand, here)
            case "~": return .unary(.bitNot, operand, here)
            case "..<": return .oneSidedRange(lower: nil, upper: operand, closed: false, here)
            case "...": return .oneSidedRange(lower: nil, upper: operand, closed: true, here)
            default: throw unsupported("the prefix operator '\(prefix.operator.text)'", prefix.operator)
            }
        }
        if let postfix = expr.as(PostfixOperatorExprSyntax.self) {
            guard postfix.operator.text == "..." else {
                throw unsupported("the postfix operator '\(postfix.operator.text)'", postfix.operator)
            }
            return .oneSidedRange(lower: try lowerExpr(postfix.expression), upper: nil, closed: true, here)
        }
        if let force = expr.as(ForceUnwrapExprSyntax.self) {
            return .forceUnwrap(try lowerExpr(force.expression), loc(force.exclamationMark))
        }
        if let chain = expr.as(OptionalChainingExprSyntax.self) {
            return .optionalBind(try lowerExpr(chain.expression), loc(chain.questionMark))
        }
        if let tryExpr = expr.as(TryExprSyntax.self) {
            let inner = try lowerExpr(tryExpr.expression)
            switch tryExpr.questionOrExclamationMark?.text {
            case "?": return .tryOptional(inner)
            case "!": return .tryForce(inner, loc(tryExpr))
            default: return .tried(inner, loc(tryExpr))
            }
        }
        if expr.is(DiscardAssignmentExprSyntax.self) { return .discard(here) }
        if expr.is(SuperExprSyntax.self) { throw unsupported("'super' other than to reach a member (super.name)", expr) }
        if let ternary = expr.as(TernaryExprSyntax.self) {
            return .ternary(try lowerExpr(ternary.condition), try lowerExpr(ternary.thenExpression),
                            try lowerExpr(ternary.elseExpression), here)
        }
        if let typeExpr = expr.as(TypeExprSyntax.self) { return try lowerTypeValue(typeExpr.type) }
        if let inoutExpr = expr.as(InOutExprSyntax.self) { return .inoutArgument(try lowerExpr(inoutExpr.expression), here) }
        // `Stack<Int>()`: the type's arguments are left to inference, as Swift could infer them.
        if let specialized = expr.as(GenericSpecializationExprSyntax.self) {
            let base = try lowerExpr(specialized.expression)
            if case .name(let ref) = base { ref.typeArguments = specialized.genericArgumentClause.arguments.map(\.argument.trimmedDescription) }
            return base
        }
        let names: [(SyntaxProtocol.Type, String)] = [
            (AwaitExprSyntax.self, "async calls ('await')"),
            (MacroExpansionExprSyntax.self, "macros and '#' expressions"), (RegexLiteralExprSyntax.self, "regex literals"),
            (ClosureExprSyntax.self, "closures here"), (PackExpansionExprSyntax.self, "parameter packs"),
        ]
        for (type, name) in names where expr.is(type) { throw unsupported(name, expr) }
        throw unsupported("expressions of this kind", expr)
    }

    private func lowerTypeValue(_ type: TypeSyntax) throws -> Expr {
        if type.is(IdentifierTypeSyntax.self) || type.is(MemberTypeSyntax.self) { return try typeExpression(type) }
        throw unsupported("types used as values", type)
    }

    private func lowerReference(_ reference: DeclReferenceExprSyntax) throws -> Expr {
        let token = reference.baseName
        let here = loc(reference)
        if token.tokenKind == .keyword(.self) { return .selfValue(NameRef("self", here)) }
        if token.tokenKind == .keyword(.Self) { return try selfTypeReference(reference) }
        if case .dollarIdentifier(let text) = token.tokenKind {
            guard let index = Int(text.dropFirst()), !anonymousParameterCounts.isEmpty else {
                throw LocatedError(.resolution, "anonymous closure argument '\(text)' used outside a closure", here)
            }
            anonymousParameterCounts[anonymousParameterCounts.count - 1] = max(anonymousParameterCounts.last ?? -1, index)
            return .name(NameRef(text, here))
        }
        if case .binaryOperator(let text) = token.tokenKind { return .name(NameRef(text, here)) }
        if reference.argumentNames != nil { throw unsupported("function references with argument names", reference) }
        return .name(NameRef(nestedName(token.text.replacingBackticks), here))
    }

    private func lowerCall(_ call: FunctionCallExprSyntax) throws -> Expr {
        // `Vector()` with `typealias Vector = [Double]` is `[Double]()`.
        let typeCallee = aliasedTypeExpression(call.calledExpression) ?? call.calledExpression
        // `[Int]()` and `[String: Double]()` make empty collections.
        if call.arguments.isEmpty, call.trailingClosure == nil {
            // The written type goes with the empty literal, so the checker knows the elements' type.
            let typeName = qualifyingNestedNames(typeCallee.trimmedDescription)
            if typeCallee.as(ArrayExprSyntax.self)?.elements.count == 1 { return .coerce(.array([], loc(call)), typeName: typeName) }
            if typeCallee.as(DictionaryExprSyntax.self) != nil { return .coerce(.dictionary([], loc(call)), typeName: typeName) }
        }
        var arguments = try lowerArguments(call.arguments)
        if call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "type", call.trailingClosure == nil,
           arguments.count == 1, arguments[0].label == "of" {
            return .dynamicType(DescribedValue(arguments[0].value), loc(call))
        }
        let calleeName = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
            ?? call.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text
        arguments = autoclosures.wrapping(arguments, callee: calleeName)
        if let callee = call.calledExpression.as(DeclReferenceExprSyntax.self), ["print", "debugPrint", "dump"].contains(callee.baseName.text) {
            arguments = arguments.map { $0.label == nil ? Argument(label: nil, value: .described(DescribedValue($0.value))) : $0 }
        }
        // `String(describing: x)` and `String(reflecting: x)` print optionals as `print` does.
        if call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "String", arguments.count == 1,
           let label = arguments[0].label, ["describing", "reflecting"].contains(label) {
            arguments = [Argument(label: label, value: .described(DescribedValue(arguments[0].value)))]
        }
        if let trailing = call.trailingClosure {
            arguments.append(Argument(label: nil, value: try lowerClosureExpression(trailing), isTrailingClosure: true))
        }
        for extra in call.additionalTrailingClosures {
            arguments.append(Argument(label: extra.label.text, value: try lowerClosureExpression(extra.closure),
                                      isTrailingClosure: true))
        }
        if let collection = try lowerCollectionInitializer(typeCallee, arguments, loc(call)) { return collection }
        markReduceIntoAccumulator(call.calledExpression, arguments)
        let callee = try lowerExpr(call.calledExpression)
        let here: Loc
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self) { here = loc(member.declName) } else { here = loc(call) }
        return .call(callee, arguments, here)
    }

    func lowerArguments(_ list: LabeledExprListSyntax) throws -> [Argument] {
        try list.map { Argument(label: $0.label?.text, value: try lowerExpr($0.expression)) }
    }

    func lowerClosure(_ closure: ClosureExprSyntax) throws -> FunctionDecl {
        var parameters: [Parameter] = []
        var explicit = false
        if let signature = closure.signature {
            if let effects = signature.effectSpecifiers, let async = effects.asyncSpecifier {
                throw unsupported("async closures", async)
            }
            explicit = signature.parameterClause != nil
            switch signature.parameterClause {
            case .simpleInput(let list):
                parameters = list.map { Parameter(label: nil, name: NameRef($0.name.text, loc($0))) }
            case .parameterClause(let clause):
                // A written type converts arguments as a function's parameter does (`{ (x: Double) in … }(3)` gets 3.0).
                parameters = clause.parameters.map {
                    Parameter(label: nil, name: NameRef(($0.secondName ?? $0.firstName).text, loc($0)),
                              coercion: $0.type.flatMap(coercion(for:)), type: $0.type.flatMap(staticType))
                }
            case nil: break
            }
        }
        anonymousParameterCounts.append(-1)
        let body = returningBranchValues(ofBody: try lowerItems(closure.statements), items: closure.statements)
        let highest = anonymousParameterCounts.removeLast()
        if highest >= 0 {
            if explicit {
                throw LocatedError(.resolution, "anonymous closure arguments cannot be used in a closure that has explicit arguments", loc(closure))
            }
            parameters = (0...highest).map { Parameter(label: nil, name: NameRef("$\($0)", loc(closure))) }
        }
        let function = FunctionDecl(name: "closure", parameters: parameters, body: body, loc: loc(closure))
        function.implicitReturn = isSingleExpression(body)
        function.returnType = closure.signature?.returnClause.flatMap { staticType($0.type) }
        return function
    }

    private func lowerString(_ string: StringLiteralExprSyntax) throws -> Expr {
        if let plain = string.representedLiteralValue { return .literal(.string(plain), loc(string)) }
        var parts: [InterpolationPart] = []
        for segment in string.segments {
            switch segment {
            case .stringSegment(let text):
                let single = StringLiteralExprSyntax(openingPounds: string.openingPounds, openingQuote: string.openingQuote,
                                                     segments: [.stringSegment(text)], closingQuote: string.closingQuote,
                                                     closingPounds: string.closingPounds)
                parts.append(.text(single.representedLiteralValue ?? text.content.text))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    throw unsupported("interpolations with labels or several values", interpolation)
                }
                parts.append(.value(.described(DescribedValue(try lowerExpr(only.expression)))))
            }
        }
        return .interpolation(parts)
    }
}

extension String {
    var replacingBackticks: String { filter { $0 != "`" } }
}
