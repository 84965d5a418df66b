/// Max pooling over [N, C, H, W] with a square `kernelSize` window moved by `stride` (defaults to
/// `kernelSize`, as in PyTorch and Keras), no padding; output H' = (H − k) / stride + 1 (floor).
/// `kernelSize: 1` with the default stride is the identity. The gradient goes to the first maximum
/// of each window.
public func maxPool2d(_ x: Tensor, kernelSize: Int, stride: Int? = nil) throws -> Tensor {
    let (n, c, h, w, oh, ow, step) = try poolingGeometry(x, kernelSize, stride, "maxPool2d")
    if kernelSize == 1 && step == 1 { return x }
    let planes = n * c
    let outputCount = planes * oh * ow
    // Every element is written below, by the thread that owns its plane.
    var output = [Float](unsafeUninitializedCapacity: outputCount) { $1 = $0.count }
    var winners = [Int32](unsafeUninitializedCapacity: outputCount) { $1 = $0.count }
    output.withUnsafeMutableBufferPointer { out in
        winners.withUnsafeMutableBufferPointer { best in
            x.storage.withUnsafeBufferPointer { input in
                let (out, best) = (out, best)
                parallelChunks(planes, costPerElement: h * w) { range in
                    for plane in range {
                        let source = plane * h * w
                        if kernelSize == 2 && step == 2 {
                            maxPoolTwoByTwo(input.baseAddress! + source, width: w, outputHeight: oh, outputWidth: ow,
                                            out.baseAddress! + plane * oh * ow, best.baseAddress! + plane * oh * ow)
                            continue
                        }
                        for oy in 0..<oh {
                            for ox in 0..<ow {
                                var bestIndex = source + oy * step * w + ox * step
                                var bestValue = input[bestIndex]
                                for ky in 0..<kernelSize {
                                    let line = source + (oy * step + ky) * w + ox * step
                                    for kx in 0..<kernelSize where input[line + kx] > bestValue {
                                        bestValue = input[line + kx]
                                        bestIndex = line + kx
                                    }
                                }
                                let target = (plane * oh + oy) * ow + ox
                                out[target] = bestValue
                                best[target] = Int32(truncatingIfNeeded: bestIndex - source)
                            }
                        }
                    }
                }
            }
        }
    }
    let inputCount = x.count
    let result = Tensor(unchecked: [n, c, oh, ow], output)
    return recorded(result, "maxPool2d", [x]) { g, _ in
        let gradient = [Float](unsafeUninitializedCapacity: inputCount) { dx, initialized in
            g.withUnsafeBufferPointer { g in
                winners.withUnsafeBufferPointer { best in
                    let (dx, g, best) = (dx.baseAddress!, g.baseAddress!, best.baseAddress!)
                    parallelChunks(planes, costPerElement: oh * ow) { range in
                        // Each thread zeroes its own planes before adding into them.
                        (dx + range.lowerBound * h * w).initialize(repeating: 0, count: range.count * h * w)
                        for plane in range {
                            let (target, source, offsets) = (dx + plane * h * w, g + plane * oh * ow, best + plane * oh * ow)
                            for j in 0..<(oh * ow) { target[Int(offsets[j])] += source[j] }
                        }
                    }
                }
            }
            initialized = inputCount
        }
        return [gradient]
    }
}

/// [N, C, H, W], the output size and the stride (defaulting to `kernelSize`) of a valid square
/// pooling window, or an error naming `operation` and the shape.
func poolingGeometry(_ x: Tensor, _ kernelSize: Int, _ stride: Int?, _ operation: String) throws
    -> (n: Int, c: Int, h: Int, w: Int, oh: Int, ow: Int, step: Int) {
    let step = stride ?? kernelSize
    guard x.rank == 4 else { throw TensorError(operation, "input must be [N, C, H, W]", shapes: [x.shape]) }
    guard kernelSize >= 1, step >= 1 else {
        throw TensorError(operation, "kernelSize and stride must be ≥ 1 (got \(kernelSize), \(step))", shapes: [x.shape])
    }
    let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    guard h >= kernelSize, w >= kernelSize else {
        throw TensorError(operation, "window \(kernelSize) is larger than the input", shapes: [x.shape])
    }
    return (n, c, h, w, (h - kernelSize) / step + 1, (w - kernelSize) / step + 1, step)
}
