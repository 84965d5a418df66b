/// Eight lanes of floats, and the loads and stores that split 16 consecutive floats into their even
/// and odd elements and back: the Winograd transforms read a line of tiles this way (two elements
/// per tile), 2 × 2 max pooling a row of windows (two columns per window).
typealias Run = SIMD8<Float>

@inline(__always)
func loadRun(_ p: UnsafePointer<Float>) -> Run { UnsafeRawPointer(p).loadUnaligned(as: Run.self) }

@inline(__always)
func storeRun(_ run: Run, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: run, as: Run.self)
}

/// Elements 2t and 2t + 1 for t = 0…7 from `p` on. Read as 8 pairs in 64-bit lanes and split into
/// low and high halves (the even element is the low half on little-endian machines), lane by lane
/// in loops the compiler turns into two shuffles. The generic even/odd shuffle of SIMD16 compiles
/// to element-by-element moves, and the standard library's lane conversions are separate
/// functions that the optimiser stops inlining once several files call them.
#if _endian(big)
#error("loadPairs and storePairs take the even element of a pair for the low half of its 64 bits")
#endif

@inline(__always)
func loadPairs(_ p: UnsafePointer<Float>) -> (even: Run, odd: Run) {
    let pairs = UnsafeRawPointer(p).loadUnaligned(as: SIMD8<UInt64>.self)
    var even = SIMD8<UInt32>(), odd = SIMD8<UInt32>()
    for lane in 0..<8 {
        even[lane] = UInt32(truncatingIfNeeded: pairs[lane])
        odd[lane] = UInt32(truncatingIfNeeded: pairs[lane] &>> 32)
    }
    return (unsafeBitCast(even, to: Run.self), unsafeBitCast(odd, to: Run.self))
}

/// Stores `even` and `odd` interleaved as elements 2t and 2t + 1 from `p` on.
@inline(__always)
func storePairs(_ even: Run, _ odd: Run, _ p: UnsafeMutablePointer<Float>) {
    let (low, high) = (unsafeBitCast(even, to: SIMD8<UInt32>.self), unsafeBitCast(odd, to: SIMD8<UInt32>.self))
    var pairs = SIMD8<UInt64>()
    for lane in 0..<8 { pairs[lane] = UInt64(low[lane]) | UInt64(high[lane]) &<< 32 }
    UnsafeMutableRawPointer(p).storeBytes(of: pairs, as: SIMD8<UInt64>.self)
}
