import Foundation

/// RMSprop as `torch.optim.RMSprop` (not centred): v ← αv + (1 − α)g², then with momentum μ
/// b ← μb + g / d, p ← p − ηb, else p ← p − ηg / d, where d = √v + ε (PyTorch) or √(v + ε)
/// (Keras, `epsilonInsideRoot`). Weight decay λ adds λp to g first. Defaults are PyTorch's: lr 0.01,
/// α 0.99, ε 1e-8, no momentum.
public final class RMSprop: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let alpha: Float
    public let epsilon: Float
    public let momentum: Float
    public let weightDecay: Float
    public let epsilonInsideRoot: Bool
    private var squares: [[Float]]
    private var buffers: [[Float]]

    public init(_ parameters: [Tensor], learningRate: Float = 0.01, alpha: Float = 0.99, epsilon: Float = 1e-8,
                momentum: Float = 0, weightDecay: Float = 0, epsilonInsideRoot: Bool = false) throws {
        guard learningRate >= 0, (0...1).contains(alpha), epsilon >= 0, momentum >= 0, weightDecay >= 0 else {
            throw TensorError("RMSprop", "needs lr ≥ 0, alpha in [0, 1], eps ≥ 0, momentum ≥ 0 and weight decay ≥ 0")
        }
        (self.parameters, self.learningRate, self.alpha, self.epsilon) = (parameters, learningRate, alpha, epsilon)
        (self.momentum, self.weightDecay, self.epsilonInsideRoot) = (momentum, weightDecay, epsilonInsideRoot)
        squares = parameters.map { [Float](repeating: 0, count: $0.count) }
        buffers = squares
    }

    public func step() throws {
        for (index, parameter) in parameters.enumerated() {
            guard var g = try gradient(of: parameter, operation: "RMSprop.step") else { continue }
            if weightDecay != 0 { for i in g.indices { g[i] += weightDecay * parameter.storage[i] } }
            var v = squares[index], b = buffers[index]
            try parameter.withMutableScalars { p in
                for i in g.indices {
                    v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i]
                    let d = epsilonInsideRoot ? (v[i] + epsilon).squareRoot() : v[i].squareRoot() + epsilon
                    if momentum != 0 {
                        b[i] = momentum * b[i] + g[i] / d
                        p[i] -= learningRate * b[i]
                    } else {
                        p[i] -= learningRate * g[i] / d
                    }
                }
            }
            squares[index] = v
            buffers[index] = b
        }
    }

    /// Squared-gradient averages, then momentum buffers.
    public func stateTensors() -> [Tensor] {
        zip(parameters, squares).map { Tensor(unchecked: $0.shape, $1) } + zip(parameters, buffers).map { Tensor(unchecked: $0.shape, $1) }
    }

    public func restoreState(_ tensors: [Tensor]) throws {
        let n = parameters.count
        guard tensors.count == 2 * n, zip(parameters + parameters, tensors).allSatisfy({ $0.shape == $1.shape }) else {
            throw TensorError("RMSprop.restoreState", "expected \(2 * n) state tensors shaped like the parameters, got \(tensors.count)")
        }
        squares = tensors[..<n].map(\.storage)
        buffers = tensors[n...].map(\.storage)
    }
}

/// AdamW as `torch.optim.AdamW`: the decoupled weight decay p ← p − ηλp, then Adam's update
/// without weight decay in the gradient. Defaults are PyTorch's: lr 1e-3, betas (0.9, 0.999),
/// eps 1e-8, weight decay 0.01.
public final class AdamW: Optimizer {
    private let adam: Adam
    public let weightDecay: Float
    public var parameters: [Tensor] { adam.parameters }
    public var learningRate: Float {
        get { adam.learningRate }
        set { adam.learningRate = newValue }
    }

    public init(_ parameters: [Tensor], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
                epsilon: Float = 1e-8, weightDecay: Float = 0.01) throws {
        guard weightDecay >= 0 else { throw TensorError("AdamW", "weight decay must be ≥ 0") }
        adam = try Adam(parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
        self.weightDecay = weightDecay
    }

    public func step() throws {
        let shrink = 1 - learningRate * weightDecay
        for parameter in parameters where parameter.grad != nil && weightDecay != 0 {
            try parameter.withMutableScalars { p in for i in p.indices { p[i] *= shrink } }
        }
        try adam.step()
    }

    public func stateTensors() -> [Tensor] { adam.stateTensors() }
    public func restoreState(_ tensors: [Tensor]) throws { try adam.restoreState(tensors) }
}
