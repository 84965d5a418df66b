import Foundation

/// Adam exactly as `torch.optim.Adam` (no AMSGrad): with step t, g ← g + λp (L2 weight decay),
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², p ← p − η · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε).
/// Defaults are PyTorch's: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay.
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let beta1: Float
    public let beta2: Float
    public let epsilon: Float
    public let weightDecay: Float
    private var firstMoments: [[Float]]
    private var secondMoments: [[Float]]
    private var steps: [Int]

    public init(_ parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-8, weightDecay: Float = 0) throws {
        guard learningRate >= 0, (0..<1).contains(beta1), (0..<1).contains(beta2), epsilon >= 0, weightDecay >= 0 else {
            throw TensorError("Adam", "needs lr ≥ 0, betas in [0, 1), eps ≥ 0 and weight decay ≥ 0")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        firstMoments = parameters.map { [Float](repeating: 0, count: $0.count) }
        secondMoments = firstMoments
        steps = Array(repeating: 0, count: parameters.count)
    }

    public func step() throws {
        for (index, parameter) in parameters.enumerated() {
            guard var g = try gradient(of: parameter, operation: "Adam.step") else { continue }
            steps[index] += 1
            let t = Float(steps[index])
            let correction1 = 1 - Foundation.pow(beta1, t)
            let correction2 = 1 - Foundation.pow(beta2, t)
            let count = g.count
            if weightDecay != 0 { for i in 0..<count { g[i] += weightDecay * parameter.storage[i] } }
            let (b1, b2, eps, rate) = (beta1, beta2, epsilon, learningRate)
            var m = firstMoments[index], v = secondMoments[index]
            firstMoments[index] = []
            secondMoments[index] = []
            parameter.storage.withUnsafeMutableBufferPointer { p in
                for i in 0..<count {
                    m[i] = b1 * m[i] + (1 - b1) * g[i]
                    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                    p[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + eps)
                }
            }
            firstMoments[index] = m
            secondMoments[index] = v
            parameter.bumpVersion()
        }
    }

    /// First moments, then second moments, then the step counts as a 1-D tensor.
    public func stateTensors() -> [Tensor] {
        let shapes = parameters.map(\.shape)
        return zip(shapes, firstMoments).map { Tensor(unchecked: $0, $1) }
            + zip(shapes, secondMoments).map { Tensor(unchecked: $0, $1) }
            + [Tensor(steps.map(Float.init))]
    }

    public func restoreState(_ tensors: [Tensor]) throws {
        let n = parameters.count
        guard tensors.count == 2 * n + 1, tensors[2 * n].count == n else {
            throw TensorError("Adam.restoreState", "expected \(2 * n + 1) state tensors, got \(tensors.count)")
        }
        for (index, parameter) in parameters.enumerated() where
            tensors[index].shape != parameter.shape || tensors[n + index].shape != parameter.shape {
            throw TensorError("Adam.restoreState", "moment shape differs from parameter", shapes: [parameter.shape, tensors[index].shape])
        }
        firstMoments = (0..<n).map { tensors[$0].storage }
        secondMoments = (0..<n).map { tensors[n + $0].storage }
        steps = tensors[2 * n].storage.map { Int($0) }
    }
}
