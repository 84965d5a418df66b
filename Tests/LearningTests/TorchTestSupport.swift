import Compute
import Foundation
@testable import Learning

/// The article's PyTorch-style model, written as a notebook author would in Swift.
final class TorchArticleModel: nn.Module {
    let conv1: nn.Conv2d
    let conv2: nn.Conv2d
    let fc: nn.Linear

    init(using generator: RandomGenerator) throws {
        conv1 = try nn.Conv2d(1, 32, 3, 1, using: generator)
        conv2 = try nn.Conv2d(32, 64, 3, 1, using: generator)
        fc = try nn.Linear(1024, 10, using: generator)
        super.init()
    }

    override func forward(_ x: Tensor) throws -> Tensor {
        var x = F.relu(try conv1(x))
        x = F.relu(try conv2(x))
        x = try F.maxPool2d(x, 1)
        x = try flatten(x, 1)
        return try F.logSoftmax(fc(x), dim: 1)
    }
}

/// The repository's data root (`<package>/data`), independent of the test's working directory.
let torchTestDataRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data").path

/// The article's deterministic pipeline: Resize((8, 8)), ToTensor, Normalize((0.1307,), (0.3081,)).
let torchArticleTransform = transforms.Compose([
    transforms.Resize((8, 8)), transforms.ToTensor(), transforms.Normalize([0.1307], [0.3081]),
])

/// Bit patterns, for exact comparisons.
func bits(_ tensor: Tensor) -> [UInt32] { tensor.scalars.map(\.bitPattern) }
