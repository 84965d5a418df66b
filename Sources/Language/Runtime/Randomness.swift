/// The standard library's random API for cells — `Int.random(in:)`, `Double.random(in:)`,
/// `Float.random(in:)`, `Bool.random()`, `shuffled()`, `shuffle()`, `randomElement()` — drawing
/// 64-bit words from the session's source (the notebook's per-cell seeded generator), so the
/// same notebook and seed print the same numbers on every run. The mappings from bits to values
/// are Swift's own (53 random bits per Double, Fisher–Yates shuffling front to back, unbiased
/// integers by rejection), but the bits differ from Swift's system generator.
final class ScriptRandom {
    /// The next 64 random bits.
    var bits: () -> UInt64

    init() {
        var state: UInt64 = 0
        bits = { ScriptRandom.splitMix64(&state) }
    }

    /// SplitMix64 (Steele, Lea, Flood 2014): the fallback stream when the host provides none.
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound without modulo bias; `bound` 0 stands for 2^64.
    func below(_ bound: UInt64) -> UInt64 {
        guard bound != 0 else { return bits() }
        let threshold = (0 &- bound) % bound
        while true {
            let value = bits()
            if value >= threshold { return value % bound }
        }
    }

    /// Uniform in a closed range, also one reaching `Int.max` (`0...Int.max`).
    func int(in range: ClosedRange<Int>) -> Int {
        // `below(0)` draws from all 2^64 values: the width of `Int.min...Int.max`.
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        return range.lowerBound &+ Int(truncatingIfNeeded: below(width))
    }

    /// Uniform in `lower..<upper` (an empty range is an error, as Swift traps on it).
    func int(_ lower: Int, _ upper: Int) throws -> Int {
        guard lower < upper else { throw BindingError("Can't get random value with an empty range") }
        let width = UInt64(bitPattern: Int64(upper &- lower))
        return lower &+ Int(truncatingIfNeeded: below(width))
    }

    /// Uniform in [0, 1) with 53 random bits.
    func unit() -> Double { Double(bits() >> 11) * 0x1p-53 }

    func double(_ lower: Double, _ upper: Double, closed: Bool) throws -> Double {
        guard lower.isFinite, upper.isFinite, closed ? lower <= upper : lower < upper else {
            throw BindingError("Can't get random value with an empty or non-finite range")
        }
        if closed {
            // 2^53 + 1 equally likely steps, so that `upper` itself can come up.
            let step = below((1 << 53) + 1)
            return step == 1 << 53 ? upper : lower + (upper - lower) * (Double(step) * 0x1p-53)
        }
        let value = lower + (upper - lower) * unit()
        return value < upper ? value : lower
    }

    func float(_ lower: Float, _ upper: Float) throws -> Float {
        guard lower.isFinite, upper.isFinite, lower < upper else { throw BindingError("Can't get random value with an empty range") }
        let value = lower + (upper - lower) * (Float(bits() >> 40) * 0x1p-24)
        return value < upper ? value : lower
    }

    func bool() -> Bool { bits() >> 63 == 1 }

    /// Shuffles in place: for each position from the front, swaps in a uniformly chosen later one.
    func shuffle(_ items: inout [Value]) {
        guard items.count > 1 else { return }
        for index in 0..<(items.count - 1) {
            let other = index + Int(below(UInt64(items.count - index)))
            items.swapAt(index, other)
        }
    }

    func element(of items: [Value]) -> Value {
        items.isEmpty ? .none : items[Int(below(UInt64(items.count)))]
    }
}

extension StandardLibrary {
    /// `Int.random(in:)`, `Double.random(in:)`, `Float.random(in:)` and `Bool.random()`.
    static func installRandom(into bindings: Bindings) {
        bindings.type(Int.self, "Int") { t in
            t.staticMethod("random", "in range") { a -> Value in
                if case .host(let range as ClosedRange<Int>) = a[0] { return .int(a.interpreter.random.int(in: range)) }
                guard case .range(let lower, let upper, _) = a[0] else {
                    throw BindingError("'Int.random(in:)' expects a range of Int, got \(a[0].typeName)")
                }
                return .int(try a.interpreter.random.int(lower, upper))
            }
        }
        bindings.type(Double.self, "Double") { t in
            t.staticMethod("random", "in range") { a -> Value in
                let (lower, upper, closed) = try floatingBounds(a[0])
                return .double(try a.interpreter.random.double(lower, upper, closed: closed))
            }
        }
        bindings.type(Float.self, "Float") { t in
            t.staticMethod("random", "in range") { a -> Value in
                let (lower, upper, _) = try floatingBounds(a[0])
                return .float(try a.interpreter.random.float(Float(lower), Float(upper)))
            }
        }
        bindings.type(Bool.self, "Bool") { t in
            t.staticMethod("random") { a -> Value in .bool(a.interpreter.random.bool()) }
        }
    }

    /// The bounds of `0..<1`, `0.5...2.0` (Double ranges are host `Range<Double>` values).
    private static func floatingBounds(_ range: Value) throws -> (Double, Double, closed: Bool) {
        switch range {
        case .range(let lower, let upper, _): return (Double(lower), Double(upper), false)
        case .host(let host as Range<Double>): return (host.lowerBound, host.upperBound, false)
        case .host(let host as ClosedRange<Double>): return (host.lowerBound, host.upperBound, true)
        default: throw BindingError("'random(in:)' expects a range of numbers, got \(range.typeName)")
        }
    }
}
