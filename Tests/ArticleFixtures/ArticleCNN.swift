import Compute
import Learning

/// The PyTorch-style model of the classic comparison article, written the way its author writes
/// it in PyTorch: conv1 = Conv2d(1, 32, 3, 1), conv2 = Conv2d(32, 64, 3, 1), fc = Linear(1024, 10);
/// forward is relu(conv1) → relu(conv2) → maxPool2d(·, 1) → flatten(·, 1) → logSoftmax(fc, dim: 1)
/// on [N, 1, 8, 8] inputs (29,066 parameters), so that tests and benchmarks train exactly the
/// same network as the article.
public final class ArticleCNN: Module {
    public let conv1: nn.Conv2d
    public let conv2: nn.Conv2d
    public let fc: nn.Linear

    /// Draws the weights (Kaiming-uniform, a = √5) and biases (uniform ±1/√fanIn) from `generator`.
    public init(using generator: RandomGenerator) throws {
        conv1 = try nn.Conv2d(1, 32, 3, 1, using: generator)
        conv2 = try nn.Conv2d(32, 64, 3, 1, using: generator)
        fc = try nn.Linear(1024, 10, using: generator)
        super.init()
    }

    public override func forward(_ x: Tensor) throws -> Tensor {
        var x = F.relu(try conv1(x))
        x = F.relu(try conv2(x))
        x = try F.maxPool2d(x, 1)
        x = try flatten(x, 1)
        return try F.logSoftmax(fc(x), dim: 1)
    }
}
