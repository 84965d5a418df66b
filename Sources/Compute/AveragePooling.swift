/// Average pooling over [N, C, H, W] with a square `kernelSize` window moved by `stride`
/// (defaults to `kernelSize`), no padding: output H' = (H − k) / stride + 1 (floor), each output
/// the mean of its k² inputs (PyTorch's `AvgPool2d` and Keras's `AveragePooling2D` with
/// `padding: "valid"` agree here). The gradient spreads g / k² over each window.
public func avgPool2d(_ x: Tensor, kernelSize: Int, stride: Int? = nil) throws -> Tensor {
    let (n, c, h, w, oh, ow, step) = try poolingGeometry(x, kernelSize, stride, "avgPool2d")
    let planes = n * c, inputCount = x.count
    let scale = 1 / Float(kernelSize * kernelSize)
    let input = x.storage
    let output = [Float](unsafeUninitializedCapacity: planes * oh * ow) { out, initialized in
        let out = out
        input.withUnsafeBufferPointer { input in
            parallelChunks(planes, costPerElement: h * w) { range in
                for plane in range {
                    let (source, target) = (plane * h * w, plane * oh * ow)
                    for oy in 0..<oh {
                        for ox in 0..<ow {
                            var total: Float = 0
                            for ky in 0..<kernelSize {
                                let line = source + (oy * step + ky) * w + ox * step
                                for kx in 0..<kernelSize { total += input[line + kx] }
                            }
                            out[target + oy * ow + ox] = total * scale
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
                        for oy in 0..<oh {
                            for ox in 0..<ow {
                                let share = g[source + oy * ow + ox] * scale
                                for ky in 0..<kernelSize {
                                    let line = target + (oy * step + ky) * w + ox * step
                                    for kx in 0..<kernelSize { dx[line + kx] += share }
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
