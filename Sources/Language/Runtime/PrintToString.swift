/// `print(…, to: &text)` and `debugPrint(…, to: &text)`: what would be printed is appended to a
/// `String` variable instead of the cell's output, as Swift's `TextOutputStream` form does.
extension Interpreter {
    /// Nil when the call is not a print into a variable.
    func printToString(_ callee: Expr, _ arguments: [Argument], _ loc: Loc) throws -> Value? {
        guard case .name(let ref) = callee, ref.name == "print" || ref.name == "debugPrint", case .constant = ref.resolution,
              let last = arguments.last, last.label == "to", case .inoutArgument(let target, _) = last.value else { return nil }
        var printed = ""
        let savedOutput = output
        output = { printed += $0 }
        defer { output = savedOutput }
        _ = try call(evaluate(callee), evaluateArguments(Array(arguments.dropLast())), loc)
        output = savedOutput
        guard case .string(let text) = try evaluate(target) else {
            throw LocatedError(.runtime, "print(_:to:) appends to a String variable", last.value.loc)
        }
        try assign(target, .string(text + printed), loc)
        return .void
    }
}
