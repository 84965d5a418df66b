import Compute

/// What Keras's `MaxPooling2D` and `AveragePooling2D` share: a window over channels-last images;
/// `strides` defaults to `poolSize`. With `padding: .valid` an H×W input gives
/// ⌊(H − pool) / stride⌋ + 1 rows; with `.same` (average pooling only) ⌈H / stride⌉.
/// `MaxPooling2D` takes square windows, equal strides and `.valid` padding.
public class Pooling2D: Layer {
    public let poolSize: (Int, Int)
    public let strides: (Int, Int)?
    public let padding: Padding

    public init(_ poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid,
                inputShape: (Int, Int, Int)? = nil) {
        self.poolSize = poolSize
        self.strides = strides
        self.padding = padding
        super.init(declaredInputShape: inputShape.map { [$0.0, $0.1, $0.2] })
    }

    /// The stride in use.
    var stride: (Int, Int) { strides ?? poolSize }

    /// Whether windows and strides may differ between rows and columns, and padding be `.same`.
    var acceptsRectangularWindows: Bool { false }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard inputShape.count == 3 else {
            throw error("expected input of rank 4 (None, height, width, channels), got \(kerasShape(inputShape))")
        }
        guard poolSize.0 >= 1, poolSize.1 >= 1, acceptsRectangularWindows || poolSize.0 == poolSize.1 else {
            throw error("expected a square pool size ≥ 1, got (\(poolSize.0), \(poolSize.1))")
        }
        guard stride.0 >= 1, stride.1 >= 1, acceptsRectangularWindows || stride.0 == stride.1 else {
            throw error("expected equal strides ≥ 1, got (\(stride.0), \(stride.1))")
        }
        guard acceptsRectangularWindows || padding == .valid else { throw error("supports padding \"valid\" only") }
        if padding == .same {
            return [(inputShape[0] + stride.0 - 1) / stride.0, (inputShape[1] + stride.1 - 1) / stride.1, inputShape[2]]
        }
        guard inputShape[0] >= poolSize.0, inputShape[1] >= poolSize.1 else {
            throw error("pool size (\(poolSize.0), \(poolSize.1)) is larger than the input \(kerasShape(inputShape))")
        }
        return [(inputShape[0] - poolSize.0) / stride.0 + 1, (inputShape[1] - poolSize.1) / stride.1 + 1, inputShape[2]]
    }
}

/// Keras's `MaxPooling2D`: the largest value of each window.
public final class MaxPooling2D: Pooling2D {
    override public var typeName: String { "MaxPooling2D" }
    override var baseName: String { "max_pooling2d" }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        try maxPool2d(x, kernelSize: poolSize.0, stride: stride.0)
    }
}

/// Keras's `AveragePooling2D`: the mean of each window; with `.same` padding, the mean of the
/// input positions a window covers (padding is not counted), as TensorFlow computes it.
public final class AveragePooling2D: Pooling2D {
    override public var typeName: String { "AveragePooling2D" }
    override var baseName: String { "average_pooling2d" }

    override var acceptsRectangularWindows: Bool { true }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        try avgPool2d(x, kernel: poolSize, stride: stride, samePadding: padding == .same)
    }
}
