import Compute
import Language

/// The `torch.` spellings people paste from PyTorch code, over the same functions as the plain
/// ones: `torch.flatten(x, 1)`, `torch.noGrad { }`, `torch.manualSeed(0)`, `torch.cat`,
/// `torch.exp(x)`, `torch.max(x, 1)` (values and indices, as PyTorch's pair), `torch.zeros(2, 3)`,
/// `torch.tensor([1, 2])`, `torch.utils.data.DataLoader`; `torch.nn`, `torch.optim` and
/// `torch.nn.functional` are the same namespaces as `nn`, `optim` and `F`.
enum TorchTensorBindings {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("torch") { torch in
            torch.alias("nn", to: bindings.namespace("nn"))
            torch.alias("optim", to: bindings.namespace("optim"))
            bindings.namespace("nn").alias("functional", to: bindings.namespace("F"))
            for (name, function) in TensorMathBindings.elementFunctions {
                torch.function(name, "_ x: Tensor") { a in function(try a.get("x", as: Tensor.self)) }
            }
            for (name, creation) in TensorMathBindings.creations { torch.function(name, creation.signature, creation.body(environment)) }
            torch.function("tensor", "_ values: [Double], requiresGrad: Bool = false") { a in
                let values = try a.get("values", as: [Float].self)
                return try Tensor(shape: [values.count], scalars: values, requiresGrad: try a.bool("requiresGrad"))
            }
            for rank in 2...4 {
                torch.function("tensor", "_ values: \(TensorBindings.nestedType(rank)), requiresGrad: Bool = false") { a in
                    try TensorBindings.nested(a["values"], requiresGrad: try a.bool("requiresGrad"))
                }
            }
            for (name, value) in [("zeros", Float(0)), ("ones", Float(1))] {
                torch.function(name, "_ shape: Int..., requiresGrad: Bool = false") { a in
                    let tensor = try Tensor.full(try TensorMathBindings.dimensions(a["shape"]), value)
                    tensor.requiresGrad = try a.bool("requiresGrad")
                    return tensor
                }
            }
            torch.function("randn", "_ shape: Int...") { a in
                try Tensor.normal(try TensorMathBindings.dimensions(a["shape"]), using: environment.cell.random)
            }
            torch.function("flatten", "_ x: Tensor, _ startDim: Int = 0") { a in
                try a.get("x", as: Tensor.self).flattened(startDim: try a.int("startDim"))
            }
            torch.function("matmul", "_ a: Tensor, _ b: Tensor") { a in try matmul(try a.get("a", as: Tensor.self), try a.get("b", as: Tensor.self)) }
            torch.function("cat", "_ tensors: [Tensor], dim: Int = 0") { a in try cat(try a.array("tensors", of: Tensor.self), dim: try a.int("dim")) }
            torch.function("stack", "_ tensors: [Tensor], dim: Int = 0") { a in try stack(try a.array("tensors", of: Tensor.self), dim: try a.int("dim")) }
            torch.function("max", "(_ x: Tensor, _ dim: Int) -> (values: Tensor, indices: Tensor)") { a in
                try TensorMathBindings.valuesAndIndices(try a.get("x", as: Tensor.self), dim: try a.int("dim"), largest: true)
            }
            torch.function("argmax", "_ x: Tensor, dim: Int") { a in try a.get("x", as: Tensor.self).argmax(dim: try a.int("dim")) }
            torch.function("clamp", "_ x: Tensor, min: Double? = nil, max: Double? = nil") { a in
                try clamp(try a.get("x", as: Tensor.self), min: try a.optional("min", as: Float.self), max: try a.optional("max", as: Float.self))
            }
            torch.function("noGrad", "(_ body: () -> T) -> T") { a in
                let body = try a.function("body")
                return try noGrad { try body([]) }
            }
            torch.function("manualSeed", "_ seed: Int") { a in
                let seed = try a.int("seed")
                guard seed >= 0 else { throw BindingError("torch.manualSeed needs a seed ≥ 0, got \(seed)") }
                environment.cell.random.reseed(UInt64(seed))
            }
        }
    }
}
