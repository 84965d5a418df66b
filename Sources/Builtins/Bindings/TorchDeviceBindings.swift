import Compute
import Language
import Learning

/// The device and size spellings of pasted PyTorch code: `torch.device("cpu")`,
/// `torch.cuda.isAvailable()` (false: cells compute on the CPU), `model.to(device)`,
/// `x.to(device)`, `x.cpu()`, `x.size()`, `x.size(0)`, `x.dim()`, `x.numel()`, and the shape
/// spellings `x.t()`, `x.T`, `x.tolist()`.
///
///     let device = torch.device(torch.cuda.isAvailable() ? "cuda" : "cpu")
///     let net = Net().to(device)
///     total += labels.size(0)
enum TorchDeviceBindings: BindingDomain {
    /// Where tensors live: `cpu` is the only device here; a CUDA or MPS device can be named (as in
    /// PyTorch, naming one is not an error) but moving a tensor or model to it is.
    struct Device: CustomStringConvertible {
        let name: String
        var description: String { name }
    }

    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("torch") { torch in
            torch.type(Device.self, "device") { t in
                t.initializer("_ name: String") { a in
                    let name = try a.string("name")
                    let kind = name.split(separator: ":").first.map(String.init) ?? name
                    guard ["cpu", "cuda", "mps"].contains(kind) else {
                        throw BindingError("unknown device '\(name)'; this notebook computes on \"cpu\"")
                    }
                    return Device(name: name)
                }
                t.property("type") { $0.name.split(separator: ":").first.map(String.init) ?? $0.name }
            }
            torch.namespace("cuda") { cuda in
                cuda.function("isAvailable") { _ in false }
                cuda.function("deviceCount") { _ in 0 }
            }
        }
        bindings.type(Tensor.self, "Tensor") { t in
            for signature in deviceSignatures { t.method("to", signature) { x, a in try onCPU(x, a) } }
            t.method("cpu") { x, _ in x }
            t.method("size") { x, _ in x.shape }
            t.method("size", "_ dim: Int") { x, a in
                let dim = try a.int("dim"), rank = x.shape.count
                guard (-rank..<rank).contains(dim) else {
                    throw BindingError("dimension \(dim) out of range for a tensor of rank \(rank)")
                }
                return x.shape[dim < 0 ? dim + rank : dim]
            }
            t.method("dim") { x, _ in x.rank }
            t.method("numel") { x, _ in x.count }
            t.method("t") { x, _ in
                guard x.rank <= 2 else { throw BindingError("t() expects a tensor of at most 2 dimensions, got \(x.rank); use permute") }
                return x.rank < 2 ? x : try x.transposed()
            }
            t.property("T") { x in x.rank < 2 ? x : try x.permuted(Array((0..<x.rank).reversed())) }
            t.method("tolist") { x, _ in nestedList(x.scalars, shape: x.shape) }
        }
        bindings.namespace("nn").type(Module.self, "Module") { t in
            // Returns the module itself; called on a cell's subclass, the cell's object.
            for signature in deviceSignatures { t.method("to", signature) { module, a in try onCPU(module, a) } }
            t.method("cpu") { module, _ in module }
        }
    }

    /// `x.tolist()`: nested arrays of Doubles in the tensor's shape (a Double for a scalar).
    private static func nestedList(_ scalars: some Collection<Float>, shape: [Int]) -> Value {
        guard let first = shape.first else { return .double(Double(scalars.first ?? 0)) }
        let inner = Array(shape.dropFirst()), stride = inner.reduce(1, *)
        let items = Array(scalars)
        return .array((0..<first).map { index in
            inner.isEmpty ? .double(Double(items[index])) : nestedList(items[(index * stride)..<((index + 1) * stride)], shape: inner)
        })
    }

    /// `.to(device)` takes a device or its name.
    private static let deviceSignatures = ["_ device: torch.device", "_ device: String"]

    /// `value` itself when the call's device is the CPU.
    private static func onCPU<T>(_ value: T, _ a: Arguments) throws -> T {
        let name: String
        if let device = a["device"].hostValue as? Device { name = device.name } else { name = try a.string("device") }
        guard name == "cpu" else {
            throw BindingError("there is no '\(name)' device here: cells compute on the CPU; use torch.device(\"cpu\")")
        }
        return value
    }
}
