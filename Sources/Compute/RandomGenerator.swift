import Foundation

/// A seedable pseudo-random generator with explicit state: PCG32 (XSH-RR output on a 64-bit LCG,
/// O'Neill 2014). There is no global generator; whoever draws numbers holds one and passes it on.
/// Same seed ⇒ same sequence on every run and platform; draws are always sequential, so the
/// thread count never changes them. A class, so passing it to several initialisers advances one
/// stream (like `torch.Generator`).
public final class RandomGenerator {
    /// The LCG state; with `increment`, all there is to this generator (save both to resume it).
    public private(set) var state: UInt64
    /// The LCG increment (always odd); selects one of 2^63 independent streams.
    public let increment: UInt64

    private static let multiplier: UInt64 = 6364136223846793005

    /// A generator seeded with `seed` on stream `stream` (the PCG reference seeding procedure).
    public init(seed: UInt64, stream: UInt64 = 0x5851_F42D_4C95_7F2D) {
        increment = (stream << 1) | 1
        state = 0
        reseed(seed)
    }

    /// Starts this generator over from `seed` on its stream, as `init(seed:stream:)` would
    /// (`torch.manual_seed` for a generator someone else holds).
    public func reseed(_ seed: UInt64) {
        state = 0
        _ = nextUInt32()
        state &+= seed
        _ = nextUInt32()
    }

    /// Restores a generator from a saved (`state`, `increment`) pair.
    public init(state: UInt64, increment: UInt64) {
        self.state = state
        self.increment = increment | 1
    }

    /// The next 32 uniformly distributed bits.
    public func nextUInt32() -> UInt32 {
        let old = state
        state = old &* Self.multiplier &+ increment
        let xorShifted = UInt32(truncatingIfNeeded: ((old >> 18) ^ old) >> 27)
        let rotation = UInt32(truncatingIfNeeded: old >> 59)
        return (xorShifted >> rotation) | (xorShifted << ((~rotation &+ 1) & 31))
    }

    /// Uniform in [0, 1) with 24 random bits (every Float32 multiple of 2^−24).
    public func nextFloat() -> Float {
        Float(nextUInt32() >> 8) * (1.0 / 16_777_216.0)
    }

    /// Uniform in [low, high).
    public func uniform(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * nextFloat()
    }

    /// Standard normal (Box–Muller on two uniforms; one draw consumes two 32-bit outputs).
    public func normal(mean: Float = 0, standardDeviation: Float = 1) -> Float {
        let u1 = 1 - Double(nextUInt32()) / 4_294_967_296.0   // (0, 1], so log is finite
        let u2 = Double(nextUInt32()) / 4_294_967_296.0
        let z = (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
        return mean + standardDeviation * Float(z)
    }

    /// Uniform integer in 0..<bound without modulo bias (rejection sampling); 0 when bound ≤ 1.
    public func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        if bound <= Int(UInt32.max) {
            let limit = UInt32(bound)
            let threshold = (0 &- limit) % limit   // 2^32 mod limit: values below it are rejected
            while true {
                let value = nextUInt32()
                if value >= threshold { return Int(value % limit) }
            }
        }
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = (UInt64(nextUInt32()) << 32) | UInt64(nextUInt32())
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates), e.g. to shuffle a training set.
    public func permutation(_ n: Int) -> [Int] {
        var result = Array(0..<max(n, 0))
        if result.count < 2 { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, nextInt(below: i + 1))
        }
        return result
    }
}
