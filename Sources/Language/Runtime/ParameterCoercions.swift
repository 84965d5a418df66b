/// The conversions a directly called method's or initialiser's parameters make to their
/// arguments (a `Double` parameter given the integer literal `1`), made where the arguments sit
/// in the new frame, as `callScript` makes them.
struct ParameterCoercions {
    private let coercions: [(parameter: Int, typeName: String)]

    init(_ parameters: [Parameter]) {
        coercions = parameters.enumerated().compactMap { index, parameter in parameter.coercion.map { (index, $0) } }
    }

    /// Converts the arguments in `slots`, which hold one argument per parameter, in order.
    @inline(__always)
    func apply(_ slots: FrameSlots, _ interpreter: Interpreter, _ loc: Loc) throws {
        guard !coercions.isEmpty else { return }
        for (parameter, typeName) in coercions {
            slots[parameter] = try interpreter.cast(slots[parameter], to: typeName, conditional: false, loc)
        }
    }
}
