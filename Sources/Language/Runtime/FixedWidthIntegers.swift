/// `UInt8`, `Int8`, `Int16`, `Int32`, `Int64`, `UInt`, `UInt16`, `UInt32` and `UInt64`: host values
/// of the Swift types themselves, with Swift's arithmetic (overflow, a negative unsigned result
/// and division by zero stop the cell where Swift traps; `&+`, `&-`, `&*` wrap), comparisons,
/// bit operators, conversions (`UInt8(300)` stops the cell, `UInt8(truncatingIfNeeded:)` wraps,
/// `UInt8(exactly:)` is nil) and printing. The checker types them apart from `Int`, as Swift does.
enum FixedWidthIntegers {
    static let names: Set<String> = ["UInt8", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt16", "UInt32", "UInt64"]

    /// The value of a literal typed `name` by the checker; nil when it does not fit.
    static func literal(_ value: Int, as name: String) -> Value? {
        switch name {
        case "UInt8": return UInt8(exactly: value).map { .host($0) }
        case "Int8": return Int8(exactly: value).map { .host($0) }
        case "Int16": return Int16(exactly: value).map { .host($0) }
        case "Int32": return Int32(exactly: value).map { .host($0) }
        case "Int64": return Int64(exactly: value).map { .host($0) }
        case "UInt": return UInt(exactly: value).map { .host($0) }
        case "UInt16": return UInt16(exactly: value).map { .host($0) }
        case "UInt32": return UInt32(exactly: value).map { .host($0) }
        case "UInt64": return UInt64(exactly: value).map { .host($0) }
        default: return nil
        }
    }

    /// A trap of Swift's integer arithmetic, as a located run-time error that `catch` does not handle.
    static func trap(_ message: String) -> ArgumentConversionError { ArgumentConversionError(message: message) }

    /// `value` (an Int, a Double, a Float or another fixed-width integer) as a `T`, as `T(value)`
    /// converts it (`Int(x)` too): a value that does not fit is the trap Swift stops with.
    static func converted<T: FixedWidthInteger>(_ value: Value, to type: T.Type, name: String) throws -> T {
        switch value {
        case .int(let int):
            guard let result = T(exactly: int) else { throw trap("Not enough bits to represent the passed value: \(int) as \(name)") }
            return result
        case .double(let double):
            guard double.isFinite, let result = T(exactly: double.rounded(.towardZero)) else {
                throw trap("Double value \(double) cannot be converted to \(name) because it is outside the representable range")
            }
            return result
        case .float(let float):
            guard float.isFinite, let result = T(exactly: float.rounded(.towardZero)) else {
                throw trap("Float value \(float) cannot be converted to \(name) because it is outside the representable range")
            }
            return result
        case .host(let host as any BinaryInteger):
            guard let result = T(exactly: host) else { throw trap("Not enough bits to represent the passed value: \(host) as \(name)") }
            return result
        default:
            throw ArgumentConversionError(message: "argument 'value' expects a number, got \(value.typeName)")
        }
    }

    /// `abs(x)`, of x's own type; `abs(Int8.min)` is the overflow Swift traps with.
    static func absolute<T: FixedWidthInteger>(_ value: T) throws -> Value {
        guard value < 0 else { return .host(value) }
        let (result, overflow) = T.zero.subtractingReportingOverflow(value)
        if overflow { throw trap("arithmetic overflow negating \(value) as \(T.self)") }
        return .host(result)
    }

    /// `addingReportingOverflow(_:)` and its kin: the wrapped result and whether it overflowed
    /// (dividing by zero gives the dividend and an overflow, as in Swift).
    static func reportingOverflow<T: FixedWidthInteger>(_ type: T.Type) -> [(String, String, (T, T) -> (T, Bool))] {
        [("addingReportingOverflow", "_ other", { $0.addingReportingOverflow($1) }),
         ("subtractingReportingOverflow", "_ other", { $0.subtractingReportingOverflow($1) }),
         ("multipliedReportingOverflow", "by other", { $0.multipliedReportingOverflow(by: $1) }),
         ("dividedReportingOverflow", "by other", { $0.dividedReportingOverflow(by: $1) }),
         ("remainderReportingOverflow", "dividingBy other", { $0.remainderReportingOverflow(dividingBy: $1) })]
    }

    static func install(into bindings: Bindings) {
        install(UInt8.self, "UInt8", into: bindings)
        install(Int8.self, "Int8", into: bindings)
        install(Int16.self, "Int16", into: bindings)
        install(Int32.self, "Int32", into: bindings)
        install(Int64.self, "Int64", into: bindings)
        install(UInt.self, "UInt", into: bindings)
        install(UInt16.self, "UInt16", into: bindings)
        install(UInt32.self, "UInt32", into: bindings)
        install(UInt64.self, "UInt64", into: bindings)
    }

    private static func install<T: FixedWidthInteger>(_ type: T.Type, _ name: String, into bindings: Bindings) {
        bindings.type(T.self, name) { t in
            t.valueInitializer("_ value") { a in
                if case .string(let text) = a[0] { return T(text).map { .host($0) } ?? .none }
                return .host(try converted(a[0], to: T.self, name: name))
            }
            t.valueInitializer("truncatingIfNeeded value") { a in
                switch a[0] {
                case .int(let int): return .host(T(truncatingIfNeeded: int))
                case .host(let host as any BinaryInteger): return .host(T(truncatingIfNeeded: host))
                default: throw ArgumentConversionError(message: "argument 'value' expects an integer, got \(a[0].typeName)")
                }
            }
            t.valueInitializer("clamping value") { a in
                switch a[0] {
                case .int(let int): return .host(T(clamping: int))
                case .host(let host as any BinaryInteger): return .host(T(clamping: host))
                default: throw ArgumentConversionError(message: "argument 'value' expects an integer, got \(a[0].typeName)")
                }
            }
            t.valueInitializer("exactly value") { a in
                switch a[0] {
                case .int(let int): return T(exactly: int).map { .host($0) } ?? .none
                case .double(let double): return T(exactly: double).map { .host($0) } ?? .none
                case .host(let host as any BinaryInteger): return T(exactly: host).map { .host($0) } ?? .none
                default: throw ArgumentConversionError(message: "argument 'value' expects a number, got \(a[0].typeName)")
                }
            }
            t.staticValue("max", Value.host(T.max))
            t.staticValue("min", Value.host(T.min))
            t.staticValue("zero", Value.host(T.zero))
            t.staticValue("bitWidth", T.bitWidth)
            t.property("nonzeroBitCount") { $0.nonzeroBitCount }
            t.property("leadingZeroBitCount") { $0.leadingZeroBitCount }
            t.property("trailingZeroBitCount") { $0.trailingZeroBitCount }
            t.property("description") { $0.description }
            // `Int8(-128).magnitude` is the UInt8 128, as Swift's unsigned counterpart holds it.
            t.property("magnitude") { Value.host($0.magnitude) }
            for (method, signature, operation) in reportingOverflow(T.self) {
                t.method(method, signature) { value, a in
                    let other: T = try converted(a[0], to: T.self, name: name)
                    let (partial, overflow) = operation(value, other)
                    return Value.tuple([.host(partial), .bool(overflow)], labels: ["partialValue", "overflow"])
                }
            }
        }
        /// `symbol` on two `T`s, and on a `T` and an Int the checker could not type (a literal in a
        /// closure whose parameter it does not know, which Swift makes a `T`): the Int is converted.
        func register(_ symbol: String, _ body: @escaping (T, T) throws -> Value) {
            func typed(_ int: Int) throws -> T {
                guard let value = T(exactly: int) else { throw trap("Not enough bits to represent the passed value: \(int) as \(name)") }
                return value
            }
            bindings.binaryOperator(symbol) { (a: T, b: T) throws -> Value in try body(a, b) }
            bindings.binaryOperator(symbol) { (a: T, b: Int) throws -> Value in try body(a, typed(b)) }
            bindings.binaryOperator(symbol) { (a: Int, b: T) throws -> Value in try body(typed(a), b) }
        }
        func arithmetic(_ symbol: String, _ operation: @escaping (T, T) -> (T, Bool)) {
            register(symbol) { (a: T, b: T) throws -> Value in
                let (result, overflow) = operation(a, b)
                if overflow { throw trap("arithmetic overflow: \(a) \(symbol) \(b) does not fit in \(name)") }
                return .host(result)
            }
        }
        arithmetic("+") { $0.addingReportingOverflow($1) }
        arithmetic("-") { $0.subtractingReportingOverflow($1) }
        arithmetic("*") { $0.multipliedReportingOverflow(by: $1) }
        for symbol in ["/", "%"] {
            register(symbol) { (a: T, b: T) throws -> Value in
                guard b != 0 else { throw trap("division by zero") }
                let (result, overflow) = symbol == "/" ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
                if overflow { throw trap("arithmetic overflow: \(a) \(symbol) \(b) does not fit in \(name)") }
                return .host(result)
            }
        }
        let wrapping: [(String, (T, T) -> T)] = [("&+", { $0 &+ $1 }), ("&-", { $0 &- $1 }), ("&*", { $0 &* $1 }),
                                                 ("&", { $0 & $1 }), ("|", { $0 | $1 }), ("^", { $0 ^ $1 }),
                                                 ("<<", { $0 << $1 }), (">>", { $0 >> $1 })]
        for (symbol, operation) in wrapping {
            register(symbol) { (a: T, b: T) -> Value in .host(operation(a, b)) }
        }
        let comparisons: [(String, (T, T) -> Bool)] = [("<", { $0 < $1 }), ("<=", { $0 <= $1 }), (">", { $0 > $1 }),
                                                       (">=", { $0 >= $1 }), ("==", { $0 == $1 }), ("!=", { $0 != $1 })]
        for (symbol, comparison) in comparisons {
            register(symbol) { (a: T, b: T) -> Value in .bool(comparison(a, b)) }
        }
        bindings.prefixOperator("~") { (a: T) -> Value in .host(~a) }
        bindings.prefixOperator("-") { (a: T) throws -> Value in
            let (result, overflow) = T.zero.subtractingReportingOverflow(a)
            if overflow { throw trap("arithmetic overflow negating \(a) as \(name)") }
            return .host(result)
        }
    }
}
