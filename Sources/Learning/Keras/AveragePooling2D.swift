import Compute

/// Average pooling over channels-last images (Keras's `AveragePooling2D`) with `padding: .valid`:
/// an H×W input gives ⌊(H − pool) / stride⌋ + 1 rows; `strides` defaults to `poolSize`.
/// Limits: square windows and equal strides.
public final class AveragePooling2D: Layer {
    public let poolSize: (Int, Int)
    public let strides: (Int, Int)?

    public init(_ poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, inputShape: (Int, Int, Int)? = nil) {
        self.poolSize = poolSize
        self.strides = strides
        super.init(declaredInputShape: inputShape.map { [$0.0, $0.1, $0.2] })
    }

    override public var typeName: String { "AveragePooling2D" }
    override var baseName: String { "average_pooling2d" }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        try pooledShape(self, inputShape, poolSize: poolSize, strides: strides ?? poolSize)
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        try avgPool2d(x, kernelSize: poolSize.0, stride: (strides ?? poolSize).0)
    }
}

/// Keras's `GlobalAveragePooling2D` (`max: false`) and `GlobalMaxPooling2D` (`max: true`): each
/// channel's mean or maximum over the image, giving (None, channels).
public final class GlobalPooling2D: Layer {
    public let takesMaximum: Bool

    public init(max takesMaximum: Bool, inputShape: (Int, Int, Int)? = nil) {
        self.takesMaximum = takesMaximum
        super.init(declaredInputShape: inputShape.map { [$0.0, $0.1, $0.2] })
    }

    override public var typeName: String { takesMaximum ? "GlobalMaxPooling2D" : "GlobalAveragePooling2D" }
    override var baseName: String { takesMaximum ? "global_max_pooling2d" : "global_average_pooling2d" }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        guard inputShape.count == 3 else {
            throw error("expected input of rank 4 (None, height, width, channels), got \(kerasShape(inputShape))")
        }
        return [inputShape[2]]
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        try takesMaximum ? globalMaxPool2d(x) : globalAvgPool2d(x)
    }
}

/// The output shape of a square, valid-padded pooling window on channels-last `inputShape`, or
/// an error naming `layer` and the shapes.
func pooledShape(_ layer: Layer, _ inputShape: [Int], poolSize: (Int, Int), strides: (Int, Int)) throws -> [Int] {
    guard inputShape.count == 3 else {
        throw layer.error("expected input of rank 4 (None, height, width, channels), got \(kerasShape(inputShape))")
    }
    guard poolSize.0 >= 1, poolSize.0 == poolSize.1 else {
        throw layer.error("expected a square pool size ≥ 1, got (\(poolSize.0), \(poolSize.1))")
    }
    guard strides.0 >= 1, strides.0 == strides.1 else {
        throw layer.error("expected equal strides ≥ 1, got (\(strides.0), \(strides.1))")
    }
    guard inputShape[0] >= poolSize.0, inputShape[1] >= poolSize.0 else {
        throw layer.error("pool size (\(poolSize.0), \(poolSize.1)) is larger than the input \(kerasShape(inputShape))")
    }
    return [(inputShape[0] - poolSize.0) / strides.0 + 1, (inputShape[1] - poolSize.0) / strides.0 + 1, inputShape[2]]
}
