/// The forward pass of 2 × 2 max pooling at stride 2 (the Keras default, and the article's) on one
/// plane, 8 windows at a time: a window's two columns are the even and odd elements of its two rows
/// (`loadPairs`). Rows of fewer than 8 windows take the same steps one window at a time. Results
/// are exactly those of the general loop in `maxPool2d`. (Writing the gradient the same way, each
/// window's value to its winner and zeros around it, measured slower than zeroing the plane and
/// adding each window's gradient at its winner.)

/// Each window's maximum into `out` and its offset in the plane into `winners`; the first maximum
/// in reading order (top left, top right, bottom left, bottom right) wins ties, as in the general
/// loop, since a later element replaces the best only when strictly greater.
func maxPoolTwoByTwo(_ plane: UnsafePointer<Float>, width: Int, outputHeight: Int, outputWidth: Int,
                     _ out: UnsafeMutablePointer<Float>, _ winners: UnsafeMutablePointer<Int32>) {
    for oy in 0..<outputHeight {
        let (top, bottom) = (plane + 2 * oy * width, plane + (2 * oy + 1) * width)
        let (values, offsets) = (out + oy * outputWidth, winners + oy * outputWidth)
        guard outputWidth >= 8 else {
            for ox in 0..<outputWidth {
                var (best, offset) = (top[2 * ox], 2 * oy * width + 2 * ox)
                if top[2 * ox + 1] > best { (best, offset) = (top[2 * ox + 1], offset + 1) }
                let below = (2 * oy + 1) * width + 2 * ox
                if bottom[2 * ox] > best { (best, offset) = (bottom[2 * ox], below) }
                if bottom[2 * ox + 1] > best { (best, offset) = (bottom[2 * ox + 1], below + 1) }
                values[ox] = best
                offsets[ox] = Int32(truncatingIfNeeded: offset)
            }
            continue
        }
        forEachRunOfEight(outputWidth) { ox in
            let (topLeft, topRight) = loadPairs(top + 2 * ox)
            let (bottomLeft, bottomRight) = loadPairs(bottom + 2 * ox)
            var (best, corner) = (topLeft, SIMD8<Int32>(repeating: 0))
            var better = topRight .> best
            best.replace(with: topRight, where: better)
            corner.replace(with: 1, where: better)
            better = bottomLeft .> best
            best.replace(with: bottomLeft, where: better)
            corner.replace(with: Int32(truncatingIfNeeded: width), where: better)
            better = bottomRight .> best
            best.replace(with: bottomRight, where: better)
            corner.replace(with: Int32(truncatingIfNeeded: width + 1), where: better)
            storeRun(best, values + ox)
            let offset = windowOffsets(row: oy, column: ox, width: width) &+ corner
            UnsafeMutableRawPointer(offsets + ox).storeBytes(of: offset, as: SIMD8<Int32>.self)
        }
    }
}

/// The plane offsets of the top-left pixels of windows `column`…`column + 7` in window row `row`.
@inline(__always)
private func windowOffsets(row: Int, column: Int, width: Int) -> SIMD8<Int32> {
    SIMD8<Int32>(0, 2, 4, 6, 8, 10, 12, 14) &+ Int32(truncatingIfNeeded: 2 * row * width + 2 * column)
}

/// Calls `body` with the first window of each run of 8 in a row of `count` ≥ 8 windows: 0, 8, …,
/// and `count − 8` for the last, which may overlap the one before (its windows are simply
/// computed twice, with the same result).
@inline(__always)
private func forEachRunOfEight(_ count: Int, _ body: (Int) -> Void) {
    var start = 0
    while start + 8 <= count {
        body(start)
        start += 8
    }
    if start < count { body(count - 8) }
}
