/// A closure given to `map`, `filter`, `first(where:)` and the other sequence methods, called
/// with one element: a closure of one parameter runs its compiled body in a new frame whose slot
/// the element fills, with no array of arguments made for each call.
extension Interpreter {
    func callPositionally(_ callee: Value, _ argument: Value, _ loc: Loc) throws -> Value {
        guard case .function(let function) = callee, case .script(let decl, let captured, nil) = function.kind,
              takesPositionally(decl, 1) else { return try callPositionally(callee, [argument], loc) }
        let compiled = compiled(decl)
        var newFrame: Frame? = compiled.frame(parent: captured)
        newFrame.unsafelyUnwrapped.slots.fill(0, with: argument)
        return try callCompiled(compiled, in: &newFrame, loc)
    }
}
