import Compute

/// Max pooling over channels-last images (Keras's `MaxPooling2D`) with `padding: .valid`:
/// an H×W input gives ⌊(H − pool) / stride⌋ + 1 rows; `strides` defaults to `poolSize`.
/// Limits: square windows and equal strides.
public final class MaxPooling2D: Layer {
    public let poolSize: (Int, Int)
    public let strides: (Int, Int)?

    public init(_ poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, inputShape: (Int, Int, Int)? = nil) {
        self.poolSize = poolSize
        self.strides = strides
        super.init(declaredInputShape: inputShape.map { [$0.0, $0.1, $0.2] })
    }

    override public var typeName: String { "MaxPooling2D" }
    override var baseName: String { "max_pooling2d" }
    private var stride: (Int, Int) { strides ?? poolSize }

    override func makeWeights(inputShape: [Int], using generator: RandomGenerator?) throws -> [Int] {
        try pooledShape(self, inputShape, poolSize: poolSize, strides: stride)
    }

    override func forward(_ x: Tensor, _ pass: ForwardPass) throws -> Tensor {
        try maxPool2d(x, kernelSize: poolSize.0, stride: stride.0)
    }
}
