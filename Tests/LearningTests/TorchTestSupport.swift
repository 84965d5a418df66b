import Compute
import Foundation
@testable import Learning

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
