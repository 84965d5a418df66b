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

    /// im2col of one image [C, H, W] into `columns` [C·kH·kW, H'·W'], zeros where the window hangs
    /// over the padding. Each row copies whole runs of an input line (a plain copy at stride 1);
    /// rows are independent, so they are split across threads.
    func unfold(_ image: UnsafePointer<Float>, into columns: UnsafeMutablePointer<Float>) {
        let (oh, ow, p) = (outputHeight, outputWidth, pixels)
        let (kh, kw) = (kernelHeight, kernelWidth)
        parallelChunks(patchSize, costPerElement: p) { rows in
            for row in rows {
                let c = row / (kh * kw), ki = (row / kw) % kh, kj = row % kw
                let valid = validColumns(kernelColumn: kj)
                let plane = image + c * height * width
                for oy in 0..<oh {
                    let target = columns + row * p + oy * ow
                    let iy = oy * stride + ki - padding
                    guard iy >= 0, iy < height else {
                        target.update(repeating: 0, count: ow)
                        continue
                    }
                    target.update(repeating: 0, count: valid.lowerBound)
                    let source = plane + iy * width + kj - padding
                    if stride == 1 {
                        (target + valid.lowerBound).update(from: source + valid.lowerBound, count: valid.count)
                    } else {
                        for ox in valid { target[ox] = source[ox * stride] }
                    }
                    (target + valid.upperBound).update(repeating: 0, count: ow - valid.upperBound)
                }
            }
        }
    }

    /// col2im, the adjoint of `unfold`: adds each entry of `columns` [C·kH·kW, H'·W'] into the pixel
    /// of `image` [C, H, W] it was read from. Split by channel, so no two threads write the same
    /// element, and each element receives its terms in the same order whatever the thread count.
    func fold(_ columns: UnsafePointer<Float>, into image: UnsafeMutablePointer<Float>) {
        let (oh, ow, p) = (outputHeight, outputWidth, pixels)
        let (kh, kw) = (kernelHeight, kernelWidth)
        parallelChunks(channels, costPerElement: kh * kw * p) { planes in
            for c in planes {
                let plane = image + c * height * width
                for ki in 0..<kh {
                    for kj in 0..<kw {
                        let valid = validColumns(kernelColumn: kj)
                        let row = columns + ((c * kh + ki) * kw + kj) * p
                        for oy in 0..<oh {
                            let iy = oy * stride + ki - padding
                            guard iy >= 0, iy < height else { continue }
                            let source = row + oy * ow
                            let target = plane + iy * width + kj - padding
                            for ox in valid { target[ox * stride] += source[ox] }
                        }
                    }
                }
            }
        }
    }
}
