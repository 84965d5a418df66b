import Compute

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
