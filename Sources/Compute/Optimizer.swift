/// What training loops need from an optimiser, with PyTorch's semantics: `zeroGrad()` clears the
/// gradients (sets them to nil, PyTorch ≥ 2.0's `set_to_none=True`), `step()` updates every
/// parameter that has a gradient, in place (bumping its `version`).
public protocol Optimizer: AnyObject {
    /// The tensors this optimiser updates, in a fixed order.
    var parameters: [Tensor] { get }
    /// Learning rate, changeable between steps.
    var learningRate: Float { get set }
    func zeroGrad()
    func step() throws
    /// One training step: `loss(fusedUpdate)` (the forward pass), `zeroGrad()`, backward from the
    /// loss and `step()`; returns the loss. An optimiser that can let ops apply its update during
    /// backward passes a `FusedSGDUpdate` (plain SGD does), else nil; the forward pass hands it to
    /// the ops that accept it. Same result as the four calls one by one.
    func trainingStep(_ loss: (_ fusedUpdate: FusedSGDUpdate?) throws -> Tensor) throws -> Tensor
    /// Internal buffers (momentum, moments, step count) as tensors, for the cell cache.
    func stateTensors() -> [Tensor]
    /// Restores what `stateTensors()` returned.
    func restoreState(_ tensors: [Tensor]) throws
}

extension Optimizer {
    public func zeroGrad() {
        for parameter in parameters { parameter.grad = nil }
    }

    public func trainingStep(_ loss: (_ fusedUpdate: FusedSGDUpdate?) throws -> Tensor) throws -> Tensor {
        try forwardBackwardAndStep(loss, fusedUpdate: nil)
    }

    /// `loss(fusedUpdate)`, `zeroGrad()`, backward from the loss, `step()`; returns the loss.
    func forwardBackwardAndStep(_ loss: (FusedSGDUpdate?) throws -> Tensor, fusedUpdate: FusedSGDUpdate?) throws -> Tensor {
        let value = try loss(fusedUpdate)
        zeroGrad()
        try value.backward()
        try step()
        return value
    }

    /// The gradient of `parameter`, checked to have its shape.
    func gradient(of parameter: Tensor, operation: String) throws -> [Float]? {
        guard let grad = parameter.grad else { return nil }
        guard grad.shape == parameter.shape else {
            throw TensorError(operation, "gradient shape differs from parameter shape", shapes: [parameter.shape, grad.shape])
        }
        return grad.storage
    }
}

/// Stochastic gradient descent exactly as `torch.optim.SGD`: with weight decay λ, momentum μ,
/// dampening τ and learning rate η, per parameter p with gradient g:
/// g ← g + λp; b ← g on the first step, else μb + (1 − τ)g; g ← g + μb (Nesterov) or b; p ← p − ηg.
/// With constant η this equals Keras's SGD (v ← μv − ηg; p ← p + v). Defaults: lr 0.01, no momentum.
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Float
    public let momentum: Float
    public let dampening: Float
    public let nesterov: Bool
    public let weightDecay: Float
    private var buffers: [[Float]?]

    public init(_ parameters: [Tensor], learningRate: Float = 0.01, momentum: Float = 0, dampening: Float = 0,
                nesterov: Bool = false, weightDecay: Float = 0) throws {
        guard learningRate >= 0, momentum >= 0, weightDecay >= 0 else {
            throw TensorError("SGD", "learning rate, momentum and weight decay must be ≥ 0")
        }
        guard !nesterov || (momentum > 0 && dampening == 0) else {
            throw TensorError("SGD", "Nesterov momentum requires a momentum and zero dampening")
        }
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        buffers = Array(repeating: nil, count: parameters.count)
    }

    public func step() throws {
        for (index, parameter) in parameters.enumerated() {
            guard var g = try gradient(of: parameter, operation: "SGD.step") else { continue }
            let count = g.count
            if weightDecay != 0 { for i in 0..<count { g[i] += weightDecay * parameter.storage[i] } }
            if momentum != 0 {
                if var buffer = buffers[index] {
                    for i in 0..<count { buffer[i] = momentum * buffer[i] + (1 - dampening) * g[i] }
                    buffers[index] = buffer
                } else {
                    buffers[index] = g
                }
                let buffer = buffers[index]!
                if nesterov { for i in 0..<count { g[i] += momentum * buffer[i] } } else { g = buffer }
            }
            let rate = learningRate
            // Split across threads: the article's 9216×1024 Dense kernel alone is 9.4M updates per step.
            parameter.storage.withUnsafeMutableBufferPointer { p in
                g.withUnsafeBufferPointer { gradient in
                    let p = p
                    parallelChunks(count) { range in
                        for i in range { p[i] -= rate * gradient[i] }
                    }
                }
            }
            parameter.bumpVersion()
        }
    }

    /// With neither momentum nor weight decay, the update p −= ηg needs nothing but the gradient,
    /// so the forward pass gets a `FusedSGDUpdate` to hand to ops that can apply it while forming
    /// the gradient (a Dense kernel at a small batch); `step()` then updates the remaining
    /// parameters. Bit-identical to the unfused step.
    public func trainingStep(_ loss: (_ fusedUpdate: FusedSGDUpdate?) throws -> Tensor) throws -> Tensor {
        let fusable = momentum == 0 && weightDecay == 0
        return try forwardBackwardAndStep(loss, fusedUpdate: fusable ? FusedSGDUpdate(learningRate: learningRate, parameters: parameters) : nil)
    }

    public func stateTensors() -> [Tensor] {
        zip(parameters, buffers).map { parameter, buffer in
            buffer.map { Tensor(unchecked: parameter.shape, $0) } ?? Tensor(unchecked: [0], [])
        }
    }

    public func restoreState(_ tensors: [Tensor]) throws {
        guard tensors.count == parameters.count else {
            throw TensorError("SGD.restoreState", "expected \(parameters.count) buffers, got \(tensors.count)")
        }
        buffers = try zip(parameters, tensors).map { parameter, tensor in
            if tensor.count == 0 { return nil }
            guard tensor.shape == parameter.shape else {
                throw TensorError("SGD.restoreState", "buffer shape differs from parameter", shapes: [parameter.shape, tensor.shape])
            }
            return tensor.storage
        }
    }
}
