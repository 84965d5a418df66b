/// `String(n)` of a number, a Bool, a Character or a String, compiled to the value's text, and
/// `String(format:_:)` compiled to the formatting: the general call of the `String` type tries
/// its initialisers (and a library's) in turn for each call, which costs many times the work.
/// Any other argument (an array of Characters, a struct, a tensor) goes to the general call,
/// already evaluated.
enum TextConversionCompiler {
    static func call(_ ref: NameRef, _ arguments: [ExpressionCode], _ labels: [String?], _ loc: Loc,
                     _ context: CompileContext) -> CompiledExpression? {
        guard case .constant(.type(let type)) = ref.resolution, let stringType = context.stringType, type === stringType else { return nil }
        if labels.first == "format", labels.dropFirst().allSatisfy({ $0 == nil }) { return format(arguments, loc) }
        guard arguments.count == 1, labels == [nil] else { return nil }
        let argument = arguments[0].run
        return { interpreter in
            let value = try argument(interpreter)
            switch value {
            case .int, .double, .float, .bool, .string, .character: return .string(value.describingText)
            default: return try interpreter.call(.type(type), .init(values: [value], labels: labels, trailing: [false]), loc)
            }
        }
    }

    private static func format(_ arguments: [ExpressionCode], _ loc: Loc) -> CompiledExpression {
        { interpreter in
            let values = try arguments.map { try $0.run(interpreter) }
            guard case .string(let template) = values[0] else {
                throw LocatedError(.runtime, "argument 'format' expects String, got \(values[0].typeName)", loc)
            }
            do { return .string(try Formatting.format(template, Array(values.dropFirst()))) } catch { throw interpreter.hostError(error, loc) }
        }
    }
}
