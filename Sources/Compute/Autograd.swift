import Foundation

/// One recorded operation of the define-by-run graph: what made a tensor, from which inputs, and
/// how to turn the gradient of its output into gradients of its inputs.
///
/// `backward(outputGradient, needed)` returns one flat gradient per input (same element count as
/// that input), or `nil` where `needed[i]` is false — so, for instance, a first convolution never
/// computes the gradient of the images.
public final class GradientNode {
    /// The op's name, for error messages and graph inspection.
    public let operation: String
    let inputs: [Tensor]
    let backward: (_ outputGradient: [Float], _ needed: [Bool]) -> [[Float]?]

    init(_ operation: String, _ inputs: [Tensor],
         _ backward: @escaping (_ outputGradient: [Float], _ needed: [Bool]) -> [[Float]?]) {
        self.operation = operation
        self.inputs = inputs
        self.backward = backward
        for input in inputs { input.recordedUses += 1 }
    }

    deinit {
        for input in inputs { input.recordedUses -= 1 }
    }
}

private let noGradKey = "Compute.noGrad.depth"

/// Whether ops on the current thread record gradients (false inside `noGrad { }`).
public var isGradientRecordingEnabled: Bool {
    (Thread.current.threadDictionary[noGradKey] as? Int ?? 0) == 0
}

/// Runs `body` without recording gradients on the current thread (like `with torch.no_grad():`).
/// Nests; other threads are unaffected.
@discardableResult
public func noGrad<T>(_ body: () throws -> T) rethrows -> T {
    let dictionary = Thread.current.threadDictionary
    let depth = dictionary[noGradKey] as? Int ?? 0
    dictionary[noGradKey] = depth + 1
    defer { dictionary[noGradKey] = depth }
    return try body()
}

/// Makes `result` remember `operation` when recording is on and any input requires gradients.
@inline(__always)
func recorded(_ result: Tensor, _ operation: String, _ inputs: [Tensor],
              _ backward: @escaping (_ outputGradient: [Float], _ needed: [Bool]) -> [[Float]?]) -> Tensor {
    guard inputs.contains(where: { $0.requiresGrad }), isGradientRecordingEnabled else { return result }
    result.requiresGrad = true
    result.gradientNode = GradientNode(operation, inputs, backward)
    return result
}

extension Tensor {
    /// Reverse-mode differentiation from this tensor: accumulates d(self)/d(leaf) into `grad` of
    /// every leaf that requires gradients, then releases the graph (as PyTorch does without
    /// `retain_graph`). `gradient` defaults to 1 and is required unless this tensor has one element.
    public func backward(gradient: Tensor? = nil) throws {
        guard !graphReleased else {
            throw TensorError("backward", "the graph was already released by an earlier backward()", shapes: [shape])
        }
        guard requiresGrad else {
            throw TensorError("backward", "tensor does not require gradients (no recorded graph)", shapes: [shape])
        }
        let seed: [Float]
        if let gradient {
            guard gradient.shape == shape else {
                throw TensorError("backward", "gradient shape differs from tensor shape", shapes: [shape, gradient.shape])
            }
            seed = gradient.storage
        } else {
            guard count == 1 else {
                throw TensorError("backward", "gradient can be implicit only for one-element tensors", shapes: [shape])
            }
            seed = [1]
        }
        let order = topologicalOrder()
        var gradients: [ObjectIdentifier: [Float]] = [ObjectIdentifier(self): seed]
        for tensor in order.reversed() {
            guard let outputGradient = gradients.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
            if let node = tensor.gradientNode {
                let needed = node.inputs.map(\.requiresGrad)
                let inputGradients = node.backward(outputGradient, needed)
                for (input, inputGradient) in zip(node.inputs, inputGradients) {
                    guard input.requiresGrad, let inputGradient else { continue }
                    let key = ObjectIdentifier(input)
                    if var existing = gradients[key] {
                        gradients[key] = nil
                        accumulate(&existing, inputGradient)
                        gradients[key] = existing
                    } else {
                        gradients[key] = inputGradient
                    }
                }
                tensor.gradientNode = nil
                tensor.graphReleased = true
            } else if let existing = tensor.grad {
                accumulate(&existing.storage, outputGradient)
                existing.bumpVersion()
            } else {
                tensor.grad = Tensor(unchecked: tensor.shape, outputGradient)
            }
        }
    }

    /// Every tensor reachable through recorded nodes, inputs before the tensors made from them.
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (tensor, expanded) = stack.popLast() {
            if expanded { order.append(tensor); continue }
            guard visited.insert(ObjectIdentifier(tensor)).inserted else { continue }
            stack.append((tensor, true))
            for input in tensor.gradientNode?.inputs ?? [] where input.requiresGrad {
                if !visited.contains(ObjectIdentifier(input)) { stack.append((input, false)) }
            }
        }
        return order
    }
}

/// `accumulator[i] += addend[i]` for equal-length arrays.
func accumulate(_ accumulator: inout [Float], _ addend: [Float]) {
    let count = accumulator.count
    accumulator.withUnsafeMutableBufferPointer { target in
        addend.withUnsafeBufferPointer { source in
            for index in 0..<count { target[index] += source[index] }
        }
    }
}
