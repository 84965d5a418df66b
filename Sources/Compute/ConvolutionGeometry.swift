/// Sizes of one convolution and the per-image unfold (im2col) and fold (col2im) kernels that
/// depend only on them.
struct ConvolutionGeometry {
    let batch, channels, height, width, outputChannels, kernelHeight, kernelWidth, stride, padding: Int
    var outputHeight: Int { (height + 2 * padding - kernelHeight) / stride + 1 }
    var outputWidth: Int { (width + 2 * padding - kernelWidth) / stride + 1 }
    /// Rows of the unfolded matrix: one per (channel, kernel row, kernel column).
    var patchSize: Int { channels * kernelHeight * kernelWidth }
    /// Output pixels of one image: the columns of its unfolded matrix.
    var pixels: Int { outputHeight * outputWidth }
    /// Elements of one input image [C, H, W].
    var imageSize: Int { channels * height * width }

    /// The output columns `ox` whose input column ox·stride + kj − padding lies inside the image:
    /// every other column reads padding.
    func validColumns(kernelColumn kj: Int) -> Range<Int> {
        let lead = padding - kj
        let first = lead <= 0 ? 0 : (lead + stride - 1) / stride
        let end = (width + lead + stride - 1) / stride
        let upper = min(max(end, 0), outputWidth)
        return min(first, upper)..<upper
    }

    /// im2col of one image [C, H, W] into the H'·W' columns starting at `columns` of a matrix with
    /// C·kH·kW rows of `rowStride` elements, zeros where the window hangs over the padding. Each
    /// row copies whole runs of an input line (a plain copy at stride 1). Several images unfold
    /// side by side into one matrix, so that one GEMM serves them all.
    func unfold(_ image: UnsafePointer<Float>, into columns: UnsafeMutablePointer<Float>, rowStride: Int) {
        let (oh, ow) = (outputHeight, outputWidth)
        let (kh, kw) = (kernelHeight, kernelWidth)
        // Runs are short for small images (4–26 elements): plain loops beat memmove/memset calls.
        if stride == 1, padding == 0 {
            unfoldWithoutPadding(image, into: columns, rowStride: rowStride)
            return
        }
        for row in 0..<patchSize {
            let c = row / (kh * kw), ki = (row / kw) % kh, kj = row % kw
            let valid = validColumns(kernelColumn: kj)
            let plane = image + c * height * width
            for oy in 0..<oh {
                let target = columns + row * rowStride + oy * ow
                let iy = oy * stride + ki - padding
                guard iy >= 0, iy < height else {
                    for ox in 0..<ow { target[ox] = 0 }
                    continue
                }
                let source = plane + iy * width + kj - padding
                for ox in 0..<valid.lowerBound { target[ox] = 0 }
                if stride == 1 {
                    for ox in valid { target[ox] = source[ox] }
                } else {
                    for ox in valid { target[ox] = source[ox * stride] }
                }
                for ox in valid.upperBound..<ow { target[ox] = 0 }
            }
        }
    }

    /// `unfold` for stride 1 and no padding (the article's convolutions).
    private func unfoldWithoutPadding(_ image: UnsafePointer<Float>, into columns: UnsafeMutablePointer<Float>,
                                      rowStride: Int) {
        forEachRunWithoutPadding(rowStride: rowStride) { imageOffset, columnsOffset, count in
            let (from, to) = (image + imageOffset, columns + columnsOffset)
            guard count < 16 else {
                for ox in 0..<count { to[ox] = from[ox] }
                return
            }
            // Short runs (4–6 elements for 8 × 8 images): 4-wide copies, which the compiler's own
            // vectorisation of the loop above skips at such lengths.
            var ox = 0
            while ox + 4 <= count {
                UnsafeMutableRawPointer(to + ox).storeBytes(of: UnsafeRawPointer(from + ox).loadUnaligned(as: SIMD4<Float>.self),
                                                            as: SIMD4<Float>.self)
                ox += 4
            }
            while ox < count { to[ox] = from[ox]; ox += 1 }
        }
    }

    /// col2im, the adjoint of `unfold`: adds each entry of the H'·W' columns starting at `columns`
    /// (rows of `rowStride` elements) into the pixel of `image` [C, H, W] it was read from, always
    /// in the same order.
    func fold(_ columns: UnsafePointer<Float>, rowStride: Int, into image: UnsafeMutablePointer<Float>) {
        let (oh, ow) = (outputHeight, outputWidth)
        let (kh, kw) = (kernelHeight, kernelWidth)
        if stride == 1, padding == 0 {
            foldWithoutPadding(columns, rowStride: rowStride, into: image)
            return
        }
        for c in 0..<channels {
            let plane = image + c * height * width
            for ki in 0..<kh {
                for kj in 0..<kw {
                    let valid = validColumns(kernelColumn: kj)
                    let row = columns + ((c * kh + ki) * kw + kj) * rowStride
                    for oy in 0..<oh {
                        let iy = oy * stride + ki - padding
                        guard iy >= 0, iy < height else { continue }
                        let source = row + oy * ow
                        let target = plane + iy * width + kj - padding
                        if stride == 1 {
                            let (from, to) = (source + valid.lowerBound, target + valid.lowerBound)
                            for index in 0..<valid.count { to[index] += from[index] }
                        } else {
                            for ox in valid { target[ox * stride] += source[ox] }
                        }
                    }
                }
            }
        }
    }

    /// `fold` for stride 1 and no padding, the adjoint of `unfoldWithoutPadding`.
    private func foldWithoutPadding(_ columns: UnsafePointer<Float>, rowStride: Int, into image: UnsafeMutablePointer<Float>) {
        forEachRunWithoutPadding(rowStride: rowStride) { imageOffset, columnsOffset, count in
            let (from, to) = (columns + columnsOffset, image + imageOffset)
            guard count < 16 else {
                for ox in 0..<count { to[ox] += from[ox] }
                return
            }
            var ox = 0
            while ox + 4 <= count {
                let sum = UnsafeRawPointer(to + ox).loadUnaligned(as: SIMD4<Float>.self)
                    + UnsafeRawPointer(from + ox).loadUnaligned(as: SIMD4<Float>.self)
                UnsafeMutableRawPointer(to + ox).storeBytes(of: sum, as: SIMD4<Float>.self)
                ox += 4
            }
            while ox < count { to[ox] += from[ox]; ox += 1 }
        }
    }

    /// Every run of the unfolded matrix at stride 1 without padding, in order: each window lies
    /// inside the image, so row (c, ki, kj) is H' runs of W' elements read at a fixed offset.
    /// `body(imageOffset, columnsOffset, count)` gets where a run starts in the image [C, H, W]
    /// and in the unfolded matrix (rows of `rowStride` elements), and its length.
    @inline(__always)
    private func forEachRunWithoutPadding(rowStride: Int, _ body: (Int, Int, Int) -> Void) {
        let (oh, ow) = (outputHeight, outputWidth)
        var row = 0
        for c in 0..<channels {
            for ki in 0..<kernelHeight {
                for kj in 0..<kernelWidth {
                    let start = (c * height + ki) * width + kj
                    for oy in 0..<oh { body(start + oy * width, row * rowStride + oy * ow, ow) }
                    row += 1
                }
            }
        }
    }
}
