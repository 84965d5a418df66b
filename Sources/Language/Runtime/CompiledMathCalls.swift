/// `sqrt(x)`, `sin(x)`, `pow(x, y)` and the other math functions of the standard library,
/// compiled to the function itself when the arguments are Doubles: the general host call matches
/// labels, tries each overload in turn (a library's tensor forms come first) and converts the
/// arguments, which costs many times the function. Other arguments (a Float, a tensor) go to the
/// general call, already evaluated; for a Double it would compute what the fast path does.
enum MathCallCompiler {
    static func call(_ ref: NameRef, _ arguments: [ExpressionCode], _ labels: [String?], _ loc: Loc) -> CompiledExpression? {
        guard labels.allSatisfy({ $0 == nil }), case .constant(let callee) = ref.resolution,
              case .function(let function) = callee, case .host = function.kind else { return nil }
        func general(_ interpreter: Interpreter, _ values: [Value]) throws -> Value {
            try interpreter.call(callee, .init(values: values, labels: labels, trailing: labels.map { _ in false }), loc)
        }
        switch arguments.count {
        case 1:
            guard let math = StandardLibrary.unaryMath[ref.name] else { return nil }
            let operand = arguments[0].run, compute = math.double
            return { interpreter in
                let x = try operand(interpreter)
                if case .double(let x) = x { return .double(compute(x)) }
                return try general(interpreter, [x])
            }
        case 2:
            guard let math = StandardLibrary.binaryMath[ref.name] else { return nil }
            let first = arguments[0].run, second = arguments[1].run, compute = math.double
            return { interpreter in
                let x = try first(interpreter), y = try second(interpreter)
                if case .double(let a) = x, case .double(let b) = y { return .double(compute(a, b)) }
                return try general(interpreter, [x, y])
            }
        default:
            return nil
        }
    }
}
