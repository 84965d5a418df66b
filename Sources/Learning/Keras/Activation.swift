import Compute

/// The activation functions a Keras layer can apply to its output (`activation: .relu`).
/// `linear` (the default) is the identity. `softmax` normalises along the last (channel) axis,
/// as Keras does.
public enum Activation: String, CaseIterable, Equatable, Sendable {
    case linear, relu, sigmoid, tanh, softmax

    /// Applies the function to `x`. Feature maps inside a model travel channels-first
    /// ([N, C, H, W]), so on rank-4 input softmax runs along axis 1, Keras's channel axis.
    func apply(_ x: Tensor) throws -> Tensor {
        switch self {
        case .linear: return x
        case .relu: return Compute.relu(x)
        case .sigmoid: return Compute.sigmoid(x)
        case .tanh: return Compute.tanh(x)
        case .softmax: return try Compute.softmax(x, dim: x.rank == 4 ? 1 : -1)
        }
    }
}
