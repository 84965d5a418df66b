/// The arguments of a call compiled with its `CallSite`, evaluated in order, each straight into
/// its slot of the callee's new frame. A protocol the site's code is specialised for rather than
/// a closure, so that computing the arguments is inlined into the call.
protocol CompiledArguments {
    func fill(_ slots: FrameSlots, _ interpreter: Interpreter) throws
}

/// One argument, computed inline (`f(n - 1)` reads `n` where it is stored).
struct OneArgument<Operand: InlineOperand>: CompiledArguments {
    let operand: Operand

    @inline(__always)
    func fill(_ slots: FrameSlots, _ interpreter: Interpreter) throws {
        slots.fill(0, with: try operand.value(interpreter))
    }
}

/// Two arguments, the other common case, evaluated without walking an array.
struct TwoArguments: CompiledArguments {
    let first: CompiledExpression
    let second: CompiledExpression

    @inline(__always)
    func fill(_ slots: FrameSlots, _ interpreter: Interpreter) throws {
        slots.fill(0, with: try first(interpreter))
        slots.fill(1, with: try second(interpreter))
    }
}

/// Any number of arguments.
struct ArgumentList: CompiledArguments {
    let codes: [ExpressionCode]

    func fill(_ slots: FrameSlots, _ interpreter: Interpreter) throws {
        for (slot, argument) in codes.enumerated() { slots.fill(slot, with: try argument.run(interpreter)) }
    }
}
