import Compute
import Foundation

/// Saving and loading trained weights as safetensors, whatever the file's extension (so code
/// pasted from Keras and PyTorch, `model.save("mlp.keras")`, `torch.save(state, "net.pt")`,
/// works and writes safetensors). Names follow each framework: PyTorch's state-dict names
/// (`conv1.weight`, `bn.running_mean`) and Keras's weight paths (`dense/kernel`,
/// `batch_normalization/moving_mean`). Loading checks names, shapes and dtypes and lists every
/// mismatch; values are restored bit for bit.

extension StateDict {
    /// Writes the state dict to `path` as safetensors (`torch.save(net.stateDict(), path)`).
    public func save(to path: String) throws {
        try Safetensors.write(Array(zip(names, tensors)), to: path)
    }

    /// Reads a safetensors file written by `save(to:)`, by PyTorch's `safetensors.torch.save_file`
    /// or any other tool (`torch.load(path)`), checking that float tensors are F32 and
    /// `num_batches_tracked` buffers integers.
    public static func load(from path: String) throws -> StateDict {
        let file = try Safetensors(contentsOf: path)
        try checkDtypes(file, path: path)
        return StateDict(file.tensors.map { ($0.name, $0.tensor) })
    }
}

extension Sequential {
    /// The model's weights with Keras's names (`dense/kernel`, `batch_normalization/gamma`,
    /// `batch_normalization/moving_mean`), layer by layer in Keras's `get_weights()` order.
    public func namedWeights() -> [(String, Tensor)] {
        layers.flatMap { layer -> [(String, Tensor)] in
            let names = layer is BatchNormalization ? ["gamma", "beta", "moving_mean", "moving_variance"] : ["kernel", "bias"]
            return zip(names, layer.parameters + layer.nonTrainableWeights).map { ("\(layer.name)/\($0)", $1) }
        }
    }

    /// Keras's `get_weights()`: copies of every weight, layer by layer.
    public func getWeights() -> [Tensor] { namedWeights().map { $0.1.detached() } }

    /// Keras's `save(path)`: the weights and, in the header's `__metadata__`, the architecture and
    /// compile settings, so `Sequential.load(from:)` rebuilds the model. The bytes are safetensors.
    public func save(to path: String) throws {
        guard isBuilt else { throw KerasError("save", "the model has no weights yet; build it (give inputShape or fit) first") }
        try Safetensors.write(namedWeights(), metadata: ["format": Sequential.fileFormat,
                                                       "architecture": Data(architecture()).base64EncodedString()], to: path)
    }

    /// Keras's `load_model(path)`: a model rebuilt from a file written by `save(to:)`.
    public static func load(from path: String) throws -> Sequential {
        let file = try Safetensors(contentsOf: path)
        guard file.metadata["format"] == fileFormat, let encoded = file.metadata["architecture"],
              let architecture = Data(base64Encoded: encoded) else {
            throw KerasError("loadModel", "\(path) holds weights but no model architecture; build the model and use loadWeights")
        }
        let model = try Sequential(architecture: Array(architecture))
        try model.assignWeights(file, path: path)
        return model
    }

    /// Keras's `save_weights(path)`: the weights only, as safetensors.
    public func saveWeights(to path: String) throws {
        guard isBuilt else { throw KerasError("saveWeights", "the model has no weights yet; build it (give inputShape or fit) first") }
        try Safetensors.write(namedWeights(), to: path)
    }

    /// Keras's `load_weights(path)` into this model; names, shapes and dtypes must match.
    public func loadWeights(from path: String) throws {
        try assignWeights(try Safetensors(contentsOf: path), path: path)
    }

    static let fileFormat = "notebook-keras-sequential-1"

    private func assignWeights(_ file: Safetensors, path: String) throws {
        try checkDtypes(file, path: path)
        let own = namedWeights()
        let stored = Dictionary(file.tensors.map { ($0.name, $0.tensor) }, uniquingKeysWith: { first, _ in first })
        let missing = own.map(\.0).filter { stored[$0] == nil }
        let unexpected = file.tensors.map(\.name).filter { name in !own.contains { $0.0 == name } }
        let shapes = own.compactMap { name, tensor -> String? in
            guard let found = stored[name], found.shape != tensor.shape else { return nil }
            return "\(name) expects \(tensor.shape), the file has \(found.shape)"
        }
        guard missing.isEmpty, unexpected.isEmpty, shapes.isEmpty else {
            throw KerasError("loadWeights", mismatchReport(path: path, missing: missing, unexpected: unexpected, shapes: shapes))
        }
        for (name, tensor) in own { try tensor.assign(stored[name]!) }
        structureVersion += 1
    }
}

/// "<path>: missing …; unexpected …; shape …" with only the parts that apply.
func mismatchReport(path: String, missing: [String], unexpected: [String], shapes: [String]) -> String {
    var parts: [String] = []
    if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
    if !unexpected.isEmpty { parts.append("unexpected \(unexpected.joined(separator: ", "))") }
    parts += shapes
    return "\(path) does not fit the model: " + parts.joined(separator: "; ")
}

/// Float weights must be F32 and `num_batches_tracked` an integer, else the tensors named are listed.
private func checkDtypes(_ file: Safetensors, path: String) throws {
    let wrong = file.tensors.compactMap { name, _ -> String? in
        let dtype = file.dtypes[name] ?? "?"
        let expected = Safetensors.isIntegerBuffer(name) ? ["I64", "I32"] : ["F32"]
        return expected.contains(dtype) ? nil : "\(name) is \(dtype), expected \(expected[0])"
    }
    guard wrong.isEmpty else { throw TensorError("safetensors", "\(path): " + wrong.joined(separator: "; ")) }
}
