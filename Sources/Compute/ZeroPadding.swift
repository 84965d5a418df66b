/// Zero padding of the last two dimensions of [N, C, H, W], each side by its own amount: what
/// TensorFlow's `same` padding needs when the total is odd (the extra row and column go to the
/// bottom and right). Differentiable: the gradient is the interior of the output gradient.
public func zeroPadded(_ x: Tensor, top: Int, bottom: Int, left: Int, right: Int) throws -> Tensor {
    guard x.rank == 4 else { throw TensorError("zeroPadded", "input must be [N, C, H, W]", shapes: [x.shape]) }
    guard min(top, bottom, left, right) >= 0 else {
        throw TensorError("zeroPadded", "padding must be ≥ 0, got \([top, bottom, left, right])", shapes: [x.shape])
    }
    let (planes, h, w) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
    let (ph, pw) = (h + top + bottom, w + left + right)
    let input = x.storage
    var output = [Float](repeating: 0, count: planes * ph * pw)
    for plane in 0..<planes {
        for row in 0..<h {
            let source = (plane * h + row) * w, target = (plane * ph + row + top) * pw + left
            for column in 0..<w { output[target + column] = input[source + column] }
        }
    }
    return recorded(Tensor(unchecked: [x.shape[0], x.shape[1], ph, pw], output), "zeroPadded", [x]) { g, _ in
        var gradient = [Float](repeating: 0, count: planes * h * w)
        for plane in 0..<planes {
            for row in 0..<h {
                let target = (plane * h + row) * w, source = (plane * ph + row + top) * pw + left
                for column in 0..<w { gradient[target + column] = g[source + column] }
            }
        }
        return [gradient]
    }
}
