import Compute
import Learning

extension Sequential {
    /// The Keras-style model of the article, as the classic comparison builds it: Conv2D 32 3×3
    /// relu on 28×28×1 → Conv2D 64 3×3 relu → MaxPooling2D 2×2 → Flatten → Dense 1024 relu →
    /// Dense 10 softmax (9,467,274 parameters), weights drawn from `generator`. One definition
    /// for the tests and benchmarks that train it; the article itself spells it out in a cell.
    public static func articleModel(using generator: RandomGenerator) throws -> Sequential {
        try Sequential(using: generator) {
            Conv2D(32, (3, 3), activation: .relu, inputShape: (28, 28, 1))
            Conv2D(64, (3, 3), activation: .relu)
            MaxPooling2D((2, 2))
            Flatten()
            Dense(1024, activation: .relu)
            Dense(10, activation: .softmax)
        }
    }
}
