/// Bilinear resize of [N, C, H, W] (or [C, H, W], [H, W]) to `height`×`width` with antialiasing,
/// reproducing torchvision's tensor `Resize(size, antialias=True)` (PyTorch's
/// `interpolate(mode="bilinear", antialias=True, align_corners=False)`): when shrinking by a factor
/// s > 1 the triangle filter is widened to a support of s input pixels, so every input pixel
/// contributes (28×28 → 8×8 averages, it does not skip). Separable: width first, then height.
/// A data transform: no gradient is recorded.
public func resizeBilinear(_ x: Tensor, height: Int, width: Int) throws -> Tensor {
    guard x.rank >= 2 else { throw TensorError("resizeBilinear", "needs at least [H, W]", shapes: [x.shape]) }
    guard height >= 1, width >= 1 else {
        throw TensorError("resizeBilinear", "target size \(height)×\(width) must be positive", shapes: [x.shape])
    }
    let inputHeight = x.shape[x.rank - 2], inputWidth = x.shape[x.rank - 1]
    guard inputHeight >= 1, inputWidth >= 1 else {
        throw TensorError("resizeBilinear", "input image is empty", shapes: [x.shape])
    }
    let outputShape = Array(x.shape.dropLast(2)) + [height, width]
    let planes = Array(x.shape.dropLast(2)).elementCount
    _ = try checkedElementCount(outputShape, operation: "resizeBilinear")
    let horizontal = AntialiasWeights(inputSize: inputWidth, outputSize: width)
    let vertical = AntialiasWeights(inputSize: inputHeight, outputSize: height)
    var output = [Float](repeating: 0, count: planes * height * width)
    x.storage.withUnsafeBufferPointer { input in
        output.withUnsafeMutableBufferPointer { out in
            var rows = [Float](repeating: 0, count: inputHeight * width)
            for plane in 0..<planes {
                let source = plane * inputHeight * inputWidth
                for y in 0..<inputHeight {
                    for ox in 0..<width {
                        var total: Float = 0
                        for (j, weight) in horizontal.weights[ox].enumerated() {
                            total += weight * input[source + y * inputWidth + horizontal.start[ox] + j]
                        }
                        rows[y * width + ox] = total
                    }
                }
                let target = plane * height * width
                for oy in 0..<height {
                    for ox in 0..<width {
                        var total: Float = 0
                        for (j, weight) in vertical.weights[oy].enumerated() {
                            total += weight * rows[(vertical.start[oy] + j) * width + ox]
                        }
                        out[target + oy * width + ox] = total
                    }
                }
            }
        }
    }
    return Tensor(unchecked: outputShape, output)
}

/// Per output index: the first input index it reads and the normalised triangle-filter weights.
struct AntialiasWeights {
    var start: [Int] = []
    var weights: [[Float]] = []

    init(inputSize: Int, outputSize: Int) {
        let scale = Float(inputSize) / Float(outputSize)
        let support: Float = scale >= 1 ? scale : 1          // bilinear: half-width 1, widened by scale
        let inverseScale: Float = scale >= 1 ? 1 / scale : 1
        for index in 0..<outputSize {
            let center = scale * (Float(index) + 0.5)
            let first = max(Int(center - support + 0.5), 0)
            let last = min(Int(center + support + 0.5), inputSize)
            var row: [Float] = []
            var total: Float = 0
            for j in 0..<max(last - first, 0) {
                let distance = abs((Float(j + first) - center + 0.5) * inverseScale)
                let weight: Float = distance < 1 ? 1 - distance : 0
                row.append(weight)
                total += weight
            }
            if total != 0 { row = row.map { $0 / total } }
            start.append(first)
            weights.append(row)
        }
    }
}
