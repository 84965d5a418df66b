import Compute

/// How a convolution or pooling window treats the border (Keras's `padding`).
public enum Padding: String, Equatable, Sendable {
    /// No padding: the output shrinks by kernel − 1 (Keras's default).
    case valid
    /// Zero padding so that the output size is ⌈input / stride⌉.
    case same
}

/// A 2-D convolution over channels-last images (Keras's `Conv2D`):
/// output = activation(conv(x, kernel) + bias), kernel [kH, kW, inChannels, filters] drawn
/// Glorot-uniform (limit √(6 / (fanIn + fanOut)), fanIn = kH·kW·inChannels, fanOut = kH·kW·filters),
/// bias [filters] zeros. With `padding: .valid` an H×W input gives ⌊(H − kH) / stride⌋ + 1 rows.
///
/// ```swift
/// Conv2D(32, (3, 3), activation: .relu, inputShape: (28, 28, 1))   // → (None, 26, 26, 32)
/// ```
/// With `padding: .same` the output has ⌈H / stride⌉ rows; as in TensorFlow, when the total padding
/// is odd the extra row and column go to the bottom and right. Limits: strides must be equal in
/// both directions.
public final class Conv2D: Layer {
    public let filters: Int
    public let kernelSize: (Int, Int)
    public let strides: (Int, Int)
    public let padding: Padding
    public let activation: Activation
    /// [kH, kW, inChannels, filters]; nil until built.
    public private(set) var kernel: Tensor?
    /// [filters]; nil until built.
    public private(set) var bias: Tensor?
    private var symmetricPadding = 0
    /// Top, bottom, left and right padding when `.same` pads unevenly; nil otherwise.
    private var unevenPadding: (Int, Int, Int, Int)?

    public init(_ filters: Int, _ kernelSize: (Int, Int), strides: (Int, Int) = (1, 1), padding: Padding = .valid,
                activation: Activation = .linear, inputShape: (Int, Int, Int)? = nil) {
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.activation = activation
        super.init(declaredInputShape: inputShape.map { [$0.0, $0.1, $0.2] })
    }

    /// The same layer with `inputShape:` written before `activation:`, as in the article.
    public convenience init(_ filters: Int, _ kernelSize: (Int, Int), strides: (Int, Int) = (1, 1),
                            padding: Padding = .valid, inputShape: (Int, Int, Int), activation: Activation) {
        self.init(filters, kernelSize, strides: strides, padding: padding, activation: activation, inputShape: inputShape)
    }

    override public var typeName: String { "Conv2D" }
    override var baseName: String { "conv2d" }
    override public var parameters: [Tensor] { [kernel, bias].compactMap { $0 } }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard inputShape.count == 3 else {
            throw error("expected input of rank 4 (None, height, width, channels), got \(kerasShape(inputShape))")
        }
        let (kh, kw) = kernelSize
        guard filters >= 1, kh >= 1, kw >= 1 else {
            throw error("filters and kernel size must be ≥ 1, got \(filters) filters and kernel (\(kh), \(kw))")
        }
        guard strides.0 >= 1, strides.0 == strides.1 else {
            throw error("expected equal strides ≥ 1 in both directions, got (\(strides.0), \(strides.1))")
        }
        let (height, width, channels) = (inputShape[0], inputShape[1], inputShape[2])
        let stride = strides.0
        let outputHeight: Int, outputWidth: Int
        switch padding {
        case .valid:
            guard height >= kh, width >= kw else {
                throw error("kernel (\(kh), \(kw)) is larger than the input \(kerasShape(inputShape))")
            }
            outputHeight = (height - kh) / stride + 1
            outputWidth = (width - kw) / stride + 1
        case .same:
            outputHeight = (height + stride - 1) / stride
            outputWidth = (width + stride - 1) / stride
            let padHeight = max((outputHeight - 1) * stride + kh - height, 0)
            let padWidth = max((outputWidth - 1) * stride + kw - width, 0)
            if padHeight % 2 == 0, padHeight == padWidth {
                symmetricPadding = padHeight / 2
            } else {
                unevenPadding = (padHeight / 2, padHeight - padHeight / 2, padWidth / 2, padWidth - padWidth / 2)
            }
        }
        let area = kh * kw
        kernel = try weight([kh, kw, channels, filters], .glorotUniform, fanIn: area * channels, fanOut: area * filters,
                            using: generator)
        bias = try weight([filters], .zeros, fanIn: 1, fanOut: 1, using: generator)
        return [outputHeight, outputWidth, filters]
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        guard let kernel, let bias else { throw error("the layer is not built") }
        // Keras keeps the kernel as [kH, kW, in, out]; Compute's convolution wants [out, in, kH, kW].
        let weight = try kernel.permuted([3, 2, 0, 1])
        var x = x
        if let (top, bottom, left, right) = unevenPadding { x = try zeroPadded(x, top: top, bottom: bottom, left: left, right: right) }
        if activation == .relu {
            return try conv2dReLU(x, weight: weight, bias: bias, stride: strides.0, padding: symmetricPadding)
        }
        let y = try conv2d(x, weight: weight, bias: bias, stride: strides.0, padding: symmetricPadding)
        return try activation.apply(y)
    }
}
