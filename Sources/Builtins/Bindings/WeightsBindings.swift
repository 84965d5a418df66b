import Compute
import Foundation
import Language
import Learning

/// Saving and loading weights from cells, always as safetensors whatever the extension:
///
///     model.save("mlp.keras"); let again = loadModel("mlp.keras")     // Keras style
///     model.saveWeights("mlp.safetensors"); model.loadWeights("mlp.safetensors"); model.getWeights()
///     torch.save(net.stateDict(), "net.pt"); net.loadStateDict(torch.load("net.pt"))   // PyTorch style
///     torch.save(["images": x, "logits": y], "batch.safetensors")
///
/// Relative paths are under the output directory (`--output`, default `output`).
enum WeightsBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        let resolve = { (path: String) throws -> String in try resolved(path, in: environment.outputDirectory) }
        bindings.type(Sequential.self, "Sequential") { t in
            t.method("save", "_ path: String") { model, a in try model.save(to: try resolve(try a.string("path"))) }
            t.method("saveWeights", "_ path: String") { model, a in try model.saveWeights(to: try resolve(try a.string("path"))) }
            t.method("loadWeights", "_ path: String") { model, a in try model.loadWeights(from: try resolve(try a.string("path"))) }
            t.method("getWeights") { model, _ in model.getWeights() }
        }
        bindings.function("loadModel", "_ path: String") { a in try Sequential.load(from: try resolve(try a.string("path"))) }
        bindings.namespace("torch") { torch in
            torch.function("save", "_ state: StateDict, _ path: String") { a in
                try stateDict(a["state"]).save(to: try resolve(try a.string("path")))
            }
            torch.function("load", "_ path: String") { a in try StateDict.load(from: try resolve(try a.string("path"))) }
        }
    }

    /// A state dict, or a dictionary of named tensors (`["images": x, "logits": y]`) in key order.
    private static func stateDict(_ value: Value) throws -> StateDict {
        if let state = value.hostValue as? StateDict { return state }
        guard case .dictionary(let dictionary) = value else {
            throw BindingError("torch.save expects a state dict or [String: Tensor], got \(value.typeName)")
        }
        return StateDict(try dictionary.entries.map { key, item in
            guard case .string(let name) = key, let tensor = item.hostValue as? Tensor else {
                throw BindingError("torch.save expects [String: Tensor] entries, got \(key.typeName): \(item.typeName)")
            }
            return (name, tensor)
        })
    }

    /// `path` itself when absolute, else inside `directory` (created if needed).
    static func resolved(_ path: String, in directory: URL) throws -> String {
        guard !path.isEmpty else { throw BindingError("a file path must not be empty") }
        if path.hasPrefix("/") { return path }
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url.path
    }
}
