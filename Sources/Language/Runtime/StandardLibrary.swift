import Foundation

/// The global functions and types of Swift's standard library that cells may use, declared
/// with the same bindings API that host domains use.
enum StandardLibrary {
    static func install(into bindings: Bindings) {
        bindings.function("print", "_ items: Any..., separator: String = \" \", terminator: String = \"\\n\"") { a in
            let items = try a.get("items", as: [Value].self)
            let separator = try a.string("separator")
            let terminator = try a.string("terminator")
            let text = items.map(\.description).joined(separator: separator) + terminator
            // `deinit`s of instances released while the arguments were evaluated print first, as in Swift.
            a.interpreter.runQueuedDeinitializers()
            a.interpreter.output(text)
        }
        bindings.function("debugPrint", "_ items: Any..., separator: String = \" \", terminator: String = \"\\n\"") { a in
            let items = try a.get("items", as: [Value].self)
            let separator = try a.string("separator")
            let terminator = try a.string("terminator")
            let text = items.map(\.debugDescription).joined(separator: separator) + terminator
            a.interpreter.runQueuedDeinitializers()
            a.interpreter.output(text)
        }
        bindings.function("dump", "_ value: Any, name: String? = nil, indent: Int = 0") { a -> Value in
            let value = a["value"]
            var name: String?
            if case .string(let given) = a["name"] { name = given }
            let text: String
            if case .host(let described as DescribedValueText) = value {
                text = try a.interpreter.dump(described.value, as: described.type, name: name, indent: try a.int("indent"))
            } else {
                text = try a.interpreter.dump(value, as: nil, name: name, indent: try a.int("indent"))
            }
            a.interpreter.runQueuedDeinitializers()
            a.interpreter.output(text)
            if case .host(let described as DescribedValueText) = value { return described.value }
            return value
        }
        // A cell reads no input: `readLine()` is nil, as for a program whose input is empty.
        bindings.function("readLine", "strippingNewline: Bool = true") { _ -> String? in nil }
        for name in ["print", "debugPrint"] {
            // Taken apart by `printToString` when the String is passed with `&`.
            bindings.function(name, "_ items: Any..., separator: String = \" \", terminator: String = \"\\n\", to output: String") { _ in
                throw BindingError("\(name)(_:to:) appends to a String variable passed with '&': \(name)(x, to: &text)")
            }
        }
        installNumbers(into: bindings)
        installStandardTypes(into: bindings)
        installUnicodeScalars(into: bindings)
        installDates(into: bindings)
        installCharacterSets(into: bindings)
        installSequences(into: bindings)
        installRandom(into: bindings)
        installConversions(into: bindings)
        installMath(into: bindings)
        installCollections(into: bindings)
        installClosedRangesToIntMax(into: bindings)
        FixedWidthIntegers.install(into: bindings)
        for symbol in ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="] {
            guard let op = BinaryOperator(rawValue: symbol) else { continue }
            bindings.function(symbol, "_ lhs, _ rhs") { a in try a.interpreter.binary(op, a[0], a[1], .unknown) }
        }
        installTraps(into: bindings)
    }

    /// `assert`, `precondition` and `fatalError` and their failures stop the cell with a located
    /// error where the compiled program (built with checks, as `swiftc` builds by default) traps.
    private static func installTraps(into bindings: Bindings) {
        func failure(_ kind: String, _ a: Arguments) throws -> Error {
            let message = try a.string("message")
            return BindingError(message.isEmpty ? kind : "\(kind): \(message)")
        }
        for (name, kind) in [("assert", "assertion failed"), ("precondition", "precondition failed")] {
            bindings.function(name, "_ condition: Bool, _ message: String = \"\"") { a in
                if try !a.bool("condition") { throw try failure(kind, a) }
            }
        }
        for (name, kind) in [("assertionFailure", "assertion failed"), ("preconditionFailure", "precondition failed"),
                             ("fatalError", "fatal error")] {
            bindings.function(name, "_ message: String = \"\"") { a in throw try failure(kind, a) }
        }
    }

    private static func installNumbers(into bindings: Bindings) {
        bindings.type(Int.self, "Int") { t in
            t.initializer("_ value") { a in
                if case .bool(let bool) = a[0] { return bool ? 1 : 0 }
                return try FixedWidthIntegers.converted(a[0], to: Int.self, name: "Int")
            }
            t.initializer("_ text: String") { a in
                guard let int = Int(try a.string("text")) else { throw ParseFailure() }
                return int
            }
            t.initializer("_ text: String, radix: Int") { a in
                let radix = try a.int("radix")
                guard (2...36).contains(radix) else { throw BindingError("Radix must be between 2 and 36") }
                guard let int = Int(try a.string("text"), radix: radix) else { throw ParseFailure() }
                return int
            }
            t.staticValue("zero", Int.zero)
            t.staticValue("max", Int.max)
            t.staticValue("min", Int.min)
            t.staticValue("bitWidth", Int.bitWidth)
            t.valueInitializer("exactly value") { a in
                switch a[0] {
                case .int(let int): return .int(int)
                case .double(let double): return Int(exactly: double).map { .int($0) } ?? .none
                case .float(let float): return Int(exactly: float).map { .int($0) } ?? .none
                default: throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
            }
            t.valueInitializer("truncatingIfNeeded value") { a in
                switch a[0] {
                case .int(let int): return .int(int)
                case .host(let host as any BinaryInteger): return .int(Int(truncatingIfNeeded: host))
                default: throw ArgumentConversionError(message: "argument 'value' expects an integer, got \(a[0].typeName)")
                }
            }
            t.valueInitializer("clamping value") { a in
                switch a[0] {
                case .int(let int): return .int(int)
                case .host(let host as any BinaryInteger): return .int(Int(clamping: host))
                default: throw ArgumentConversionError(message: "argument 'value' expects an integer, got \(a[0].typeName)")
                }
            }
        }
        bindings.type(Double.self, "Double") { t in
            t.initializer("_ value") { a in
                switch a[0] {
                case .int(let int): return Double(int)
                case .double(let double): return double
                case .float(let float): return Double(float)
                case .host(let host as any BinaryInteger): return Double(host)
                default: throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
            }
            t.initializer("_ text: String") { a in
                guard let double = Double(try a.string("text")) else { throw ParseFailure() }
                return double
            }
            t.staticValue("zero", Double.zero)
            t.staticValue("pi", Double.pi)
            t.staticValue("infinity", Double.infinity)
            t.staticValue("nan", Double.nan)
            t.staticValue("greatestFiniteMagnitude", Double.greatestFiniteMagnitude)
            t.staticValue("leastNormalMagnitude", Double.leastNormalMagnitude)
            t.staticValue("leastNonzeroMagnitude", Double.leastNonzeroMagnitude)
            t.staticValue("ulpOfOne", Double.ulpOfOne)
            t.valueInitializer("exactly value") { a in
                switch a[0] {
                case .int(let int): return Double(exactly: int).map { .double($0) } ?? .none
                case .double(let double): return .double(double)
                case .float(let float): return Double(exactly: float).map { .double($0) } ?? .none
                default: throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
            }
        }
    }

    /// Thrown by `Int("x")`/`Double("x")` initialisers to mean "returns nil".
    struct ParseFailure: Error {}

    private static func installConversions(into bindings: Bindings) {
        bindings.type(String.self, "String") { t in
            t.initializer("_ value") { a in
                // `String(characters)` joins a sequence of Characters (the only arrays Swift's
                // `String(_:)` takes); anything else is described.
                if case .array(let items) = a[0] { return items.map(\.description).joined() }
                return a[0].describingText
            }
            t.initializer("_ value: Int, radix: Int, uppercase: Bool = false") { a in
                let radix = try a.int("radix")
                guard (2...36).contains(radix) else { throw BindingError("Radix must be between 2 and 36") }
                return String(try a.int("value"), radix: radix, uppercase: try a.bool("uppercase"))
            }
            t.initializer("describing value") { a in a[0].describingText }
            t.initializer("reflecting value") { a in a[0].debugDescription }
            t.initializer("repeating text: String, count: Int") { a in
                let count = try a.int("count")
                guard count >= 0, count <= 10_000_000 else { throw BindingError("invalid repeat count \(count)") }
                return String(repeating: try a.string("text"), count: count)
            }
            t.initializer("format: String, _ arguments: Any...") { a in
                try Formatting.format(try a.string("format"), try a.get("arguments", as: [Value].self))
            }
        }
        bindings.type(Bool.self, "Bool") { t in
            t.initializer("_ value") { a in
                guard case .bool(let bool) = a[0] else { throw ArgumentConversionError(message: "argument 'value' expects Bool, got \(a[0].typeName)") }
                return bool
            }
        }
        bindings.type(Array<Value>.self, "Array") { t in
            t.initializer("_ elements") { a in try a.interpreter.elements(a[0], .unknown) }
            t.initializer("repeating value, count: Int") { a in
                let count = try a.int("count")
                guard count >= 0, count <= 100_000_000 else { throw BindingError("invalid array count \(count)") }
                return Array(repeating: a["value"], count: count)
            }
        }
    }

    /// The math functions of one Double (and their Float forms: a Float argument gives a Float,
    /// as in Swift), by name; compiled calls of them on a Double run them directly (see
    /// `MathCallCompiler`).
    static let unaryMath: [String: (double: (Double) -> Double, float: (Float) -> Float)] = [
        "sqrt": ({ $0.squareRoot() }, { $0.squareRoot() }), "exp": (Foundation.exp, Foundation.exp),
        "log": (Foundation.log, Foundation.log), "log2": (Foundation.log2, Foundation.log2),
        "log10": (Foundation.log10, Foundation.log10), "sin": (Foundation.sin, Foundation.sin),
        "cos": (Foundation.cos, Foundation.cos), "tan": (Foundation.tan, Foundation.tan),
        "tanh": (Foundation.tanh, Foundation.tanh), "atan": (Foundation.atan, Foundation.atan),
        "floor": (Foundation.floor, Foundation.floor), "ceil": (Foundation.ceil, Foundation.ceil),
        "round": (Foundation.round, Foundation.round), "asin": (Foundation.asin, Foundation.asin),
        "acos": (Foundation.acos, Foundation.acos), "sinh": (Foundation.sinh, Foundation.sinh),
        "cosh": (Foundation.cosh, Foundation.cosh), "trunc": (Foundation.trunc, Foundation.trunc),
        "cbrt": (Foundation.cbrt, Foundation.cbrt), "log1p": (Foundation.log1p, Foundation.log1p),
        "expm1": (Foundation.expm1, Foundation.expm1),
    ]

    /// The math functions of two Doubles (and their Float forms), by name.
    static let binaryMath: [String: (double: (Double, Double) -> Double, float: (Float, Float) -> Float)] = [
        "pow": (Foundation.pow, Foundation.pow), "atan2": (Foundation.atan2, Foundation.atan2),
        "hypot": (Foundation.hypot, Foundation.hypot), "fmod": (Foundation.fmod, Foundation.fmod),
    ]

    private static func installMath(into bindings: Bindings) {
        for (name, function) in unaryMath.sorted(by: { $0.key < $1.key }) {
            bindings.function(name, "_ x: Double") { a -> Value in
                if case .float(let float) = a[0] { return .float(function.float(float)) }
                return .double(function.double(try a.double(0)))
            }
        }
        for (name, function) in binaryMath.sorted(by: { $0.key < $1.key }) {
            bindings.function(name, "_ x: Double, _ y: Double") { a -> Value in
                if case .float(let x) = a[0], case .float(let y) = a[1] { return .float(function.float(x, y)) }
                return .double(function.double(try a.double(0), try a.double(1)))
            }
        }
        // The C library's constants, which `import Foundation` brings (`M_PI`, `M_E`).
        let constants: [(String, Double)] = [
            ("M_PI", M_PI), ("M_PI_2", M_PI_2), ("M_PI_4", M_PI_4), ("M_1_PI", M_1_PI), ("M_2_PI", M_2_PI),
            ("M_2_SQRTPI", M_2_SQRTPI), ("M_E", M_E), ("M_LOG2E", M_LOG2E), ("M_LOG10E", M_LOG10E), ("M_LN2", M_LN2),
            ("M_LN10", M_LN10), ("M_SQRT2", M_SQRT2), ("M_SQRT1_2", M_SQRT1_2),
        ]
        for (name, value) in constants { bindings.constant(name, value) }
        bindings.function("abs", "_ x") { a -> Value in
            switch a[0] {
            case .int(let int) where int != Int.min: return .int(abs(int))
            case .double(let double): return .double(abs(double))
            case .float(let float): return .float(abs(float))
            case .host(let host as any FixedWidthInteger): return try FixedWidthIntegers.absolute(host)
            default: throw ArgumentConversionError(message: "argument 'x' expects a number, got \(a[0].typeName)")
            }
        }
        for name in ["min", "max"] {
            bindings.function(name, "_ first, _ second, _ rest...") { a -> Value in
                var best = a[0]
                // Swift's rules: `min` takes a later value when it is smaller, `max` when it is at least
                // as large (`max(-0.0, 0.0)` is 0.0; a NaN compares false either way).
                for item in try [a[1]] + a.get("rest", as: [Value].self) {
                    let interpreter = a.interpreter
                    let replaces = name == "min" ? try interpreter.less(item, best, .unknown)
                        : try interpreter.less(best, item, .unknown) || interpreter.equal(item, best, .unknown)
                    if replaces { best = item }
                }
                return best
            }
        }
    }

    private static func installCollections(into bindings: Bindings) {
        bindings.function("zip", "_ a, _ b") { a -> Value in
            // A range beside a collection counts only as far as the collection (`zip(names, 1...)`).
            let interpreter = a.interpreter
            if interpreter.isIteratedOnDemand(a[0]) || interpreter.isIteratedOnDemand(a[1]) {
                // Each side's next element is asked for in turn, the second's only while the first
                // has one, so an endless sequence pairs with a finite one as in Swift.
                let iterators = try [a[0], a[1]].map { side in
                    try integerBounds(side).map { ValueIterator($0.lazy.map { Value.int($0) }.makeIterator()) }
                        ?? interpreter.makeIterator(side, .unknown)
                }
                var pairs: [Value] = []
                while let first = try iterators[0].next(), let second = try iterators[1].next() {
                    pairs.append(.tuple([first, second], labels: [nil, nil]))
                }
                return .array(pairs)
            }
            let first: [Value], second: [Value]
            if let range = integerBounds(a[1]), integerBounds(a[0]) == nil {
                first = try interpreter.elements(a[0], .unknown)
                second = integers(range, upTo: first.count)
            } else if let range = integerBounds(a[0]), integerBounds(a[1]) == nil {
                second = try interpreter.elements(a[1], .unknown)
                first = integers(range, upTo: second.count)
            } else {
                first = try interpreter.elements(a[0], .unknown)
                second = try interpreter.elements(a[1], .unknown)
            }
            return .array(zip(first, second).map { .tuple([$0, $1], labels: [nil, nil]) })
        }
        bindings.function("stride", "from start, to end, by step") { a in try stride(a, closed: false) }
        bindings.function("stride", "from start, through end, by step") { a in try stride(a, closed: true) }
    }

    /// The first and last integer of an integer range value (`1...`, `0..<n`, `0...Int.max`).
    private static func integerBounds(_ value: Value) -> ClosedRange<Int>? {
        switch value {
        case .range(let lower, let upper, _): return upper > lower ? lower...(upper - 1) : nil
        case .host(let range as ClosedRange<Int>): return range
        case .host(let range as PartialRangeFrom<Int>): return range.lowerBound...Int.max
        default: return nil
        }
    }

    /// The first `count` integers of `range` (fewer when it is shorter).
    private static func integers(_ range: ClosedRange<Int>, upTo count: Int) -> [Value] {
        range.prefix(count).map { .int($0) }
    }

    private static func stride(_ a: Arguments, closed: Bool) throws -> Value {
        if case .int(let start) = a["start"], case .int(let end) = a["end"], case .int(let step) = a["step"] {
            guard step != 0 else { throw BindingError("stride step must not be zero") }
            let values = closed ? Array(Swift.stride(from: start, through: end, by: step)) : Array(Swift.stride(from: start, to: end, by: step))
            return .array(values.map { .int($0) })
        }
        let start = try a.double("start"), end = try a.double("end"), step = try a.double("step")
        guard step != 0, abs((end - start) / step) < 100_000_000 else { throw BindingError("invalid stride step \(step)") }
        let values = closed ? Array(Swift.stride(from: start, through: end, by: step)) : Array(Swift.stride(from: start, to: end, by: step))
        return .array(values.map { .double($0) })
    }
}
