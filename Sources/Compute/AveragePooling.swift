/// Average pooling over [N, C, H, W] with a square `kernelSize` window moved by `stride`
/// (defaults to `kernelSize`), no padding: output H' = (H − k) / stride + 1 (floor), each output
/// the mean of its k² inputs (PyTorch's `AvgPool2d` and Keras's `AveragePooling2D` with
/// `padding: "valid"` agree here). The gradient spreads g / k² over each window.
public func avgPool2d(_ x: Tensor, kernelSize: Int, stride: Int? = nil) throws -> Tensor {
    let (_, _, h, w, oh, ow, step) = try poolingGeometry(x, kernelSize, stride, "avgPool2d")
    return try avgPool2d(x, rows: PoolingWindows.strided(input: h, outputs: oh, kernel: kernelSize, stride: step),
                         columns: PoolingWindows.strided(input: w, outputs: ow, kernel: kernelSize, stride: step))
}

/// Average pooling with a `kernel` of (rows, columns) moved by `stride`, as Keras's
/// `AveragePooling2D(poolSize, strides, padding)`: `valid` keeps whole windows (H' = ⌊(H − k) / s⌋ + 1);
/// `same` gives H' = ⌈H / s⌉ and pads with ⌊total / 2⌋ rows before and the rest after, as
/// TensorFlow does, and a window's mean counts only the input positions it covers, not padding.
public func avgPool2d(_ x: Tensor, kernel: (Int, Int), stride: (Int, Int), samePadding: Bool) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("avgPool2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    guard kernel.0 >= 1, kernel.1 >= 1, stride.0 >= 1, stride.1 >= 1 else {
        throw TensorError("avgPool2d", "pool size and strides must be ≥ 1 (got \(kernel), \(stride))", shapes: [x.shape])
    }
    let axis = { (input: Int, kernel: Int, stride: Int) throws -> [Range<Int>] in
        guard samePadding else {
            guard input >= kernel else { throw TensorError("avgPool2d", "window \(kernel) is larger than the input", shapes: [x.shape]) }
            return PoolingWindows.strided(input: input, outputs: (input - kernel) / stride + 1, kernel: kernel, stride: stride)
        }
        let outputs = (input + stride - 1) / stride
        let padding = max((outputs - 1) * stride + kernel - input, 0)
        return PoolingWindows.strided(input: input, outputs: outputs, kernel: kernel, stride: stride, paddingBefore: padding / 2)
    }
    return try avgPool2d(x, rows: try axis(x.shape[2], kernel.0, stride.0), columns: try axis(x.shape[3], kernel.1, stride.1))
}

/// PyTorch's `AdaptiveAvgPool2d((oh, ow))`: output row i averages input rows ⌊i·H / oh⌋ up to
/// ⌈(i + 1)·H / oh⌉ (exclusive), and likewise for columns, so windows may differ in size and
/// overlap when the output size does not divide the input's.
public func adaptiveAvgPool2d(_ x: Tensor, outputSize: (Int, Int)) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("adaptiveAvgPool2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    guard outputSize.0 >= 1, outputSize.1 >= 1 else {
        throw TensorError("adaptiveAvgPool2d", "output size must be ≥ 1 (got \(outputSize))", shapes: [x.shape])
    }
    return try avgPool2d(x, rows: PoolingWindows.adaptive(input: x.shape[2], outputs: outputSize.0),
                         columns: PoolingWindows.adaptive(input: x.shape[3], outputs: outputSize.1))
}

/// The input rows (or columns) each output row (or column) of a pooling averages.
public enum PoolingWindows {
    /// Windows of `kernel` positions every `stride`, starting `paddingBefore` positions before the
    /// input, clipped to the input.
    public static func strided(input: Int, outputs: Int, kernel: Int, stride: Int, paddingBefore: Int = 0) -> [Range<Int>] {
        (0..<outputs).map { index in
            let start = index * stride - paddingBefore
            return max(start, 0)..<min(start + kernel, input)
        }
    }

    /// PyTorch's adaptive windows: ⌊i·input / outputs⌋ ..< ⌈(i + 1)·input / outputs⌉.
    public static func adaptive(input: Int, outputs: Int) -> [Range<Int>] {
        (0..<outputs).map { index in (index * input / outputs)..<(((index + 1) * input + outputs - 1) / outputs) }
    }
}

/// Average pooling where output (i, j) is the mean of input rows `rows[i]` × columns `columns[j]`
/// of each plane; every window must be non-empty. The gradient spreads g / (window size) over
/// each window's inputs.
public func avgPool2d(_ x: Tensor, rows: [Range<Int>], columns: [Range<Int>]) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("avgPool2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    guard rows.allSatisfy({ !$0.isEmpty && $0.lowerBound >= 0 && $0.upperBound <= h }),
          columns.allSatisfy({ !$0.isEmpty && $0.lowerBound >= 0 && $0.upperBound <= w }) else {
        throw TensorError("avgPool2d", "a pooling window lies outside the input", shapes: [x.shape])
    }
    let (oh, ow) = (rows.count, columns.count)
    let planes = n * c, inputCount = x.count
    let input = x.storage
    let output = [Float](unsafeUninitializedCapacity: planes * oh * ow) { out, initialized in
        let out = out
        input.withUnsafeBufferPointer { input in
            parallelChunks(planes, costPerElement: h * w) { range in
                for plane in range {
                    let (source, target) = (plane * h * w, plane * oh * ow)
                    for (oy, rowWindow) in rows.enumerated() {
                        for (ox, columnWindow) in columns.enumerated() {
                            var total: Float = 0
                            for y in rowWindow {
                                let line = source + y * w
                                for x in columnWindow { total += input[line + x] }
                            }
                            out[target + oy * ow + ox] = total * (1 / Float(rowWindow.count * columnWindow.count))
                        }
                    }
                }
            }
        }
        initialized = planes * oh * ow
    }
    return recorded(Tensor(unchecked: [n, c, oh, ow], output), "avgPool2d", [x]) { g, _ in
        let gradient = [Float](unsafeUninitializedCapacity: inputCount) { dx, initialized in
            let dx = dx
            g.withUnsafeBufferPointer { g in
                parallelChunks(planes, costPerElement: h * w) { range in
                    for plane in range {
                        let (target, source) = (plane * h * w, plane * oh * ow)
                        for i in target..<(target + h * w) { dx[i] = 0 }
                        for (oy, rowWindow) in rows.enumerated() {
                            for (ox, columnWindow) in columns.enumerated() {
                                let share = g[source + oy * ow + ox] * (1 / Float(rowWindow.count * columnWindow.count))
                                for y in rowWindow {
                                    let line = target + y * w
                                    for x in columnWindow { dx[line + x] += share }
                                }
                            }
                        }
                    }
                }
            }
            initialized = inputCount
        }
        return [gradient]
    }
}

/// The mean of each [H, W] plane of [N, C, H, W], as [N, C] (Keras's `GlobalAveragePooling2D`;
/// PyTorch's `AdaptiveAvgPool2d(1)` gives the same values as [N, C, 1, 1]). Differentiable.
public func globalAvgPool2d(_ x: Tensor) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("globalAvgPool2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    return try x.reshaped([x.shape[0], x.shape[1], x.shape[2] * x.shape[3]]).mean(dim: 2)
}

/// The maximum of each [H, W] plane of [N, C, H, W], as [N, C] (Keras's `GlobalMaxPooling2D`);
/// the gradient goes to the first maximum of each plane.
public func globalMaxPool2d(_ x: Tensor) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("globalMaxPool2d", "input must be [N, C, H, W]", shapes: [x.shape]) }
    return try x.reshaped([x.shape[0], x.shape[1], x.shape[2] * x.shape[3]]).max(dim: 2)
}
