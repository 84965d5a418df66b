/// The Winograd tile transforms (see `WinogradConvolution` for the plan): the input transform
/// Bᵀ d B and its adjoint into dX, the output transform Aᵀ M A and its adjoint from dY, on runs of
/// 8 consecutive tiles (`Run`s: 8 tiles' worth of one transformed element, or of a line's pairs).

/// Layout of a group's transformed tiles and the SIMD access to them.
///
/// Row (ξ, channel) of V or M holds the group's tiles image after image, line of tiles after line
/// of tiles, with 8 spare elements at its end (`rowStride`). The transforms handle 8 consecutive
/// tiles of a line at a time and always store all 8: what a short last run writes past its line
/// lands on the next line's tiles (rewritten when that line is done, later in the same pass) or in
/// the spare elements, which no GEMM reads. Work lines are likewise long enough for full runs.
extension WinogradConvolution {
    /// Elements between consecutive rows of a group's transformed tiles.
    func rowStride(_ group: Range<Int>) -> Int { group.count * tilesPerImage + 8 }

    /// Elements of one work line: a strip's width plus room for the runs of 8 tiles.
    var lineCapacity: Int { stripWidth + 32 }
}

/// The input transform Bᵀ d B and its adjoint, the folding of dV back into dX.
extension WinogradConvolution {
    /// V[ξ][c][t] for the group's tiles t: 16 blocks of C rows, `rowStride` apart.
    func transformInputs(_ x: UnsafePointer<Float>, _ group: Range<Int>, into v: UnsafeMutablePointer<Float>,
                         _ scratch: WinogradScratch) {
        let (c, stride, columns) = (geometry.channels, rowStride(group), tileColumns)
        let line = scratch.lines
        for (slot, image) in group.enumerated() {
            for channel in 0..<c {
                let plane = x + (image * c + channel) * geometry.height * geometry.width
                for tileRow in 0..<tileRows {
                    let d = strip(plane, tileRow: tileRow, scratch)
                    let first = slot * tilesPerImage + tileRow * columns
                    for i in 0..<4 {
                        // Bᵀ down the four input rows …
                        switch i {
                        case 0: for x in 0..<stripWidth { line[x] = d.0[x] - d.2[x] }
                        case 1: for x in 0..<stripWidth { line[x] = d.1[x] + d.2[x] }
                        case 2: for x in 0..<stripWidth { line[x] = d.2[x] - d.1[x] }
                        default: for x in 0..<stripWidth { line[x] = d.1[x] - d.3[x] }
                        }
                        // … then B across each tile's four columns (tile t reads line[2t…2t+3]).
                        let row = v + (i * 4 * c + channel) * stride + first
                        let next = c * stride
                        var tx = 0
                        while tx < columns {
                            let (s0, s1) = loadPairs(line + 2 * tx)
                            let (s2, s3) = loadPairs(line + 2 * tx + 2)
                            storeRun(s0 - s2, row + tx)
                            storeRun(s1 + s2, row + next + tx)
                            storeRun(s2 - s1, row + 2 * next + tx)
                            storeRun(s1 - s3, row + 3 * next + tx)
                            tx += 8
                        }
                    }
                }
            }
        }
    }

    /// The four input rows under one line of tiles, `stripWidth` readable elements each: straight
    /// from the image when the strip lies inside it, else copied with zeros for the padding and
    /// for whatever the last tiles hang over.
    private func strip(_ plane: UnsafePointer<Float>, tileRow: Int, _ scratch: WinogradScratch)
        -> (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>) {
        let (height, width, padding, top) = (geometry.height, geometry.width, geometry.padding, 2 * tileRow - geometry.padding)
        if padding == 0, top + 3 < height, stripWidth <= width {
            let row = plane + top * width
            return (row, row + width, row + 2 * width, row + 3 * width)
        }
        let rows = scratch.strip
        for k in 0..<4 {
            let target = rows + k * stripWidth, y = top + k
            for x in 0..<stripWidth {
                let column = x - padding
                target[x] = y >= 0 && y < height && column >= 0 && column < width ? plane[y * width + column] : 0
            }
        }
        return (UnsafePointer(rows), UnsafePointer(rows + stripWidth), UnsafePointer(rows + 2 * stripWidth),
                UnsafePointer(rows + 3 * stripWidth))
    }

    /// Adds B dV Bᵀ of every tile of the group into the input gradient dX [N, C, H, W], dropping
    /// what falls on the padding: the adjoint of `transformInputs`. Tiles overlap by two rows and
    /// columns; their shares are added in a fixed order.
    func foldInputGradients(_ dv: UnsafePointer<Float>, _ group: Range<Int>, into dx: UnsafeMutablePointer<Float>,
                            _ scratch: WinogradScratch) {
        let (c, stride, columns, capacity) = (geometry.channels, rowStride(group), tileColumns, lineCapacity)
        let (height, width, padding) = (geometry.height, geometry.width, geometry.padding)
        let lines = scratch.lines
        for (slot, image) in group.enumerated() {
            for channel in 0..<c {
                let plane = dx + (image * c + channel) * height * width
                for tileRow in 0..<tileRows {
                    let first = slot * tilesPerImage + tileRow * columns
                    for i in 0..<4 {
                        // B across each tile's columns: tile t owns line[2t…2t+3], overlapping
                        // the next tile's first two, so the line is written in two passes.
                        let (row, next, line) = (dv + (i * 4 * c + channel) * stride + first, c * stride, lines + i * capacity)
                        var tx = 0
                        while tx < columns {
                            let (v0, v1, v2, v3) = (loadRun(row + tx), loadRun(row + next + tx),
                                                    loadRun(row + 2 * next + tx), loadRun(row + 3 * next + tx))
                            storePairs(v0, v1 - v2 + v3, line + 2 * tx)
                            tx += 8
                        }
                        line[2 * columns] = 0
                        line[2 * columns + 1] = 0
                        tx = 0
                        while tx < columns {
                            let (v0, v1, v2, v3) = (loadRun(row + tx), loadRun(row + next + tx),
                                                    loadRun(row + 2 * next + tx), loadRun(row + 3 * next + tx))
                            let (even, odd) = loadPairs(line + 2 * tx + 2)
                            storePairs(even + (v1 + v2 - v0), odd - v3, line + 2 * tx + 2)
                            tx += 8
                        }
                    }
                    // B down the rows, into the four image rows under the line of tiles.
                    let (r0, r1, r2, r3) = (lines, lines + capacity, lines + 2 * capacity, lines + 3 * capacity)
                    let end = min(stripWidth, width + padding)
                    let valid = min(padding, end)..<end
                    for k in 0..<4 {
                        let y = 2 * tileRow - padding + k
                        guard y >= 0, y < height else { continue }
                        // Line element x lies on image column x − padding.
                        let target = plane + y * width
                        switch k {
                        case 0: for x in valid { target[x - padding] += r0[x] }
                        case 1: for x in valid { target[x - padding] += r1[x] - r2[x] + r3[x] }
                        case 2: for x in valid { target[x - padding] += r1[x] + r2[x] - r0[x] }
                        default: for x in valid { target[x - padding] -= r3[x] }
                        }
                    }
                }
            }
        }
    }
}

/// The output transform Aᵀ M A and its adjoint, the output gradient brought into the transformed domain.
extension WinogradConvolution {
    /// Writes each image's [O, H'·W'] block of `out` from the group's products M[ξ][o][t], adding
    /// the bias (and clamping at 0 when `relu`); outputs of tiles hanging over the edge are dropped.
    func transformOutputs(_ m: UnsafePointer<Float>, _ group: Range<Int>, into out: UnsafeMutablePointer<Float>,
                          bias: [Float]?, relu: Bool, _ scratch: WinogradScratch) {
        let (o, stride, columns) = (geometry.outputChannels, rowStride(group), tileColumns)
        let (outputHeight, outputWidth) = (geometry.outputHeight, geometry.outputWidth)
        let (top, bottom) = (scratch.lines, scratch.lines + lineCapacity)
        let next = o * stride
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                let shift = bias?[r] ?? 0
                let target = out + (image * o + r) * geometry.pixels
                for tileRow in 0..<tileRows {
                    let base = m + r * stride + slot * tilesPerImage + tileRow * columns
                    var tx = 0
                    while tx < columns {
                        func element(_ xi: Int) -> Run { loadRun(base + xi * next + tx) }
                        // Aᵀ down the rows …
                        let a0 = element(0) + element(4) + element(8), a1 = element(1) + element(5) + element(9)
                        let a2 = element(2) + element(6) + element(10), a3 = element(3) + element(7) + element(11)
                        let b0 = element(4) - element(8) - element(12), b1 = element(5) - element(9) - element(13)
                        let b2 = element(6) - element(10) - element(14), b3 = element(7) - element(11) - element(15)
                        // … then A across the columns.
                        storePairs(a0 + a1 + a2, a1 - a2 - a3, top + 2 * tx)
                        storePairs(b0 + b1 + b2, b1 - b2 - b3, bottom + 2 * tx)
                        tx += 8
                    }
                    for offset in 0..<min(2, outputHeight - 2 * tileRow) {
                        let (line, row) = (offset == 0 ? top : bottom, target + (2 * tileRow + offset) * outputWidth)
                        if relu {
                            for x in 0..<outputWidth { row[x] = max(line[x] + shift, 0) }
                        } else {
                            for x in 0..<outputWidth { row[x] = line[x] + shift }
                        }
                    }
                }
            }
        }
    }

    /// dM[ξ][o][t] = (A dY Aᵀ)[ξ] for the group's tiles, from the output gradient [N, O, H'·W']
    /// (zero where `mask`, the ReLU output, is not positive; zero past the edge), adding each
    /// output channel's gradient total to `biasShare`.
    func transformOutputGradient(_ g: UnsafePointer<Float>, mask: UnsafePointer<Float>?, _ group: Range<Int>,
                                 into dm: UnsafeMutablePointer<Float>, biasShare: UnsafeMutablePointer<Float>?,
                                 _ scratch: WinogradScratch) {
        let (o, stride, columns) = (geometry.outputChannels, rowStride(group), tileColumns)
        let (outputHeight, outputWidth) = (geometry.outputHeight, geometry.outputWidth)
        let (top, bottom) = (scratch.lines, scratch.lines + lineCapacity)
        // Whole runs of 8 tiles read this far into the lines; zeros there add nothing.
        let (runEnd, next) = (2 * ((columns + 7) / 8 * 8), o * stride)
        for (slot, image) in group.enumerated() {
            for r in 0..<o {
                let offset = (image * o + r) * geometry.pixels
                var total = Run()
                for tileRow in 0..<tileRows {
                    for index in 0..<2 {
                        let (line, y) = (index == 0 ? top : bottom, 2 * tileRow + index)
                        var x = 0
                        if y < outputHeight {
                            let source = g + offset + y * outputWidth
                            if let mask {
                                let output = mask + offset + y * outputWidth
                                for x in 0..<outputWidth { line[x] = output[x] > 0 ? source[x] : 0 }
                            } else {
                                for x in 0..<outputWidth { line[x] = source[x] }
                            }
                            x = outputWidth
                        }
                        while x < runEnd { line[x] = 0; x += 1 }
                    }
                    let base = dm + r * stride + slot * tilesPerImage + tileRow * columns
                    var tx = 0
                    while tx < columns {
                        let (d00, d01) = loadPairs(top + 2 * tx)
                        let (d10, d11) = loadPairs(bottom + 2 * tx)
                        // A across the columns …
                        let a0 = d00, a1 = d00 + d01, a2 = d00 - d01, a3 = -d01
                        let b0 = d10, b1 = d10 + d11, b2 = d10 - d11, b3 = -d11
                        // … then down the rows.
                        func store(_ run: Run, _ xi: Int) { storeRun(run, base + xi * next + tx) }
                        store(a0, 0); store(a1, 1); store(a2, 2); store(a3, 3)
                        store(a0 + b0, 4); store(a1 + b1, 5); store(a2 + b2, 6); store(a3 + b3, 7)
                        store(a0 - b0, 8); store(a1 - b1, 9); store(a2 - b2, 10); store(a3 - b3, 11)
                        store(-b0, 12); store(-b1, 13); store(-b2, 14); store(-b3, 15)
                        // Element (1, 1) is the sum of the tile's four gradients.
                        total += a1 + b1
                        tx += 8
                    }
                }
                biasShare?[r] += total.sum()
            }
        }
    }
}
