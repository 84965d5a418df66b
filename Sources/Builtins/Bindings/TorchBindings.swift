import Report
import Compute
import Language
import Learning

/// The PyTorch-style API of `Learning` under PyTorch's namespaces (`nn`, `F`, `optim`):
///
///     class CNNModel: nn.Module {
///         let conv1 = nn.Conv2d(1, 32, 3, 1)
///         let fc = nn.Linear(1024, 10)
///         func forward(_ x: Tensor) -> Tensor { F.logSoftmax(fc(flatten(F.relu(conv1(x)), 1)), dim: 1) }
///     }
///     let net = CNNModel()
///     let optimizer = optim.SGD(net.parameters(), lr: 0.01)
///     let criterion = nn.CrossEntropyLoss()
///     optimizer.zeroGrad(); criterion(net(images), labels).backward(); optimizer.step()
///
/// A script subclass of `nn.Module` is backed by a `ScriptModule`, which runs the script's
/// `forward` and finds its layers and parameters in the instance's stored properties. Weights are
/// drawn from the generator of the cell that creates the layer; dropout masks from the generator
/// of the cell that creates the dropout layer.
enum TorchBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("nn") { space in
            installModules(into: space, environment: environment)
            space.type(nn.CrossEntropyLoss.self, "CrossEntropyLoss") { t in
                t.initializer("reduction: String = \"mean\"") { a in nn.CrossEntropyLoss(reduction: try reduction(a)) }
                t.call("_ input: Tensor, _ target: Tensor") { loss, a in
                    try loss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self))
                }
            }
            space.type(nn.NLLLoss.self, "NLLLoss") { t in
                t.initializer("reduction: String = \"mean\"") { a in nn.NLLLoss(reduction: try reduction(a)) }
                t.call("_ input: Tensor, _ target: Tensor") { loss, a in
                    try loss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self))
                }
            }
        }
        bindings.namespace("F") { f in installFunctional(into: f, environment: environment) }
        bindings.namespace("optim") { space in
            optimizer(space, Learning.optim.SGD.self, "SGD")
            space.type(Learning.optim.SGD.self, "SGD") { t in
                t.initializer("_ params: [Tensor], lr: Double = 0.01, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false") { a in
                    try Learning.optim.SGD(try a.array("params", of: Tensor.self), lr: try a.get("lr", as: Float.self),
                                           momentum: try a.get("momentum", as: Float.self),
                                           dampening: try a.get("dampening", as: Float.self),
                                           weightDecay: try a.get("weightDecay", as: Float.self), nesterov: try a.bool("nesterov"))
                }
            }
            optimizer(space, Learning.optim.Adam.self, "Adam")
            space.type(Learning.optim.Adam.self, "Adam") { t in
                t.initializer("_ params: [Tensor], lr: Double = 0.001, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0") { a in
                    let betas = try a.get("betas", as: [Float].self)
                    guard betas.count == 2 else { throw BindingError("Adam betas must be a pair, got \(betas.count) values") }
                    return try Learning.optim.Adam(try a.array("params", of: Tensor.self), lr: try a.get("lr", as: Float.self),
                                                   betas: (betas[0], betas[1]), eps: try a.get("eps", as: Float.self),
                                                   weightDecay: try a.get("weightDecay", as: Float.self))
                }
            }
        }
        bindings.function("flatten", "_ x: Tensor, _ startDim: Int = 0") { a in
            try flatten(try a.get("x", as: Tensor.self), try a.int("startDim"))
        }
        bindings.type(LossCurveRecorder.self, "LossCurve") { t in
            t.fingerprint(version: { $0.curve.version })
            t.snapshot(kind: "torch.loss-curve", version: 1, bytes: { $0.curve.serialized() },
                       read: { LossCurveRecorder(try LossCurve(serialized: $0)) })
            t.initializer { _ in LossCurveRecorder() }
            t.method("add", "train loss: Tensor, epoch: Int") { recorder, a in
                recorder.add(train: try scalarLoss(a["loss"]), epoch: try a.int("epoch"))
            }
            t.method("add", "validation loss: Tensor, epoch: Int") { recorder, a in
                recorder.add(validation: try scalarLoss(a["loss"]), epoch: try a.int("epoch"))
            }
            t.property("trainMeans") { $0.curve.trainLossByEpoch }
            t.property("validationMeans") { $0.curve.validationLossByEpoch }
            t.property("trainLosses") { $0.curve.trainBatchLosses }
            t.property("validationLosses") { $0.curve.validationBatchLosses }
            t.property("epochs") { $0.curve.epochs }
            t.property("history") { $0.curve.history }
            t.property("version") { $0.curve.version }
        }
        bindings.type(Stopwatch.self, "Stopwatch") { t in
            t.initializer { _ in Stopwatch() }
            t.property("elapsed") { $0.elapsed }
            t.method("reset") { watch, _ in watch.reset() }
        }
    }

    private static func installModules(into space: Namespace, environment: NotebookEnvironment) {
        space.type(Module.self, "Module") { t in
            t.fingerprint { module in
                "\(ObjectIdentifier(module).hashValue)v\(module.version):" + module.parameters().map(TensorBindings.gradientFingerprint).joined(separator: ",")
            }
            t.subclassable { instance in ScriptModule(instance) }
            t.call("_ x: Tensor") { module, a in try module(try a.get("x", as: Tensor.self)) }
            t.method("forward", "_ x: Tensor") { module, a in try module(try a.get("x", as: Tensor.self)) }
            t.method("parameters") { module, _ in module.parameters() }
            t.method("namedParameters", "() -> [(String, Tensor)]") { module, _ in
                module.namedParameters().map { Value.tuple([.string($0.0), .host($0.1)], labels: [nil, nil]) }
            }
            t.method("countParams") { module, _ in module.countParams() }
            t.method("train", "_ mode: Bool = true") { module, a in module.train(try a.bool("mode")) }
            t.method("eval") { module, _ in module.eval() }
            // PyTorch's `model.zero_grad()`: every parameter's gradient cleared, as the optimiser's `zeroGrad()` does.
            t.method("zeroGrad") { module, _ in module.parameters().forEach { $0.zeroGrad() } }
            t.property("training") { $0.isTraining }
            t.property("version") { $0.version }
            t.property("description") { $0.description }
        }
        let random = { environment.cell.random }
        space.type(nn.Conv2d.self, "Conv2d", inherits: Module.self) { t in
            t.initializer("_ inChannels: Int, _ outChannels: Int, _ kernelSize: Int, _ stride: Int = 1, _ padding: Int = 0, bias: Bool = true") { a in
                try nn.Conv2d(try a.int("inChannels"), try a.int("outChannels"), try a.int("kernelSize"), try a.int("stride"),
                              try a.int("padding"), bias: try a.bool("bias"), using: random())
            }
            t.property("weight") { $0.weight }
            t.property("bias") { $0.bias }
        }
        space.type(nn.Linear.self, "Linear", inherits: Module.self) { t in
            t.initializer("_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true") { a in
                try nn.Linear(try a.int("inFeatures"), try a.int("outFeatures"), bias: try a.bool("bias"), using: random())
            }
            t.property("weight") { $0.weight }
            t.property("bias") { $0.bias }
        }
        space.type(nn.MaxPool2d.self, "MaxPool2d", inherits: Module.self) { t in
            t.initializer("_ kernelSize: Int, stride: Int? = nil") { a in
                try nn.MaxPool2d(try a.int("kernelSize"), stride: try a.optional("stride", as: Int.self))
            }
        }
        space.type(nn.ReLU.self, "ReLU", inherits: Module.self) { t in t.initializer { _ in nn.ReLU() } }
        space.type(nn.Flatten.self, "Flatten", inherits: Module.self) { t in
            t.initializer("startDim: Int = 1") { a in nn.Flatten(startDim: try a.int("startDim")) }
        }
        space.type(nn.LogSoftmax.self, "LogSoftmax", inherits: Module.self) { t in
            t.initializer("dim: Int") { a in nn.LogSoftmax(dim: try a.int("dim")) }
        }
        space.type(nn.Dropout.self, "Dropout", inherits: Module.self) { t in
            t.initializer("_ p: Double = 0.5") { a in try nn.Dropout(try a.get("p", as: Float.self), using: random()) }
            t.initializer("p: Double") { a in try nn.Dropout(try a.get("p", as: Float.self), using: random()) }
        }
        space.type(nn.Sequential.self, "Sequential", inherits: Module.self) { t in
            t.initializer("_ modules: Module...") { a in nn.Sequential(try a.array("modules", of: Module.self)) }
        }
    }

    private static func installFunctional(into f: Namespace, environment: NotebookEnvironment) {
        f.function("relu", "_ x: Tensor") { a in F.relu(try a.get("x", as: Tensor.self)) }
        f.function("maxPool2d", "_ x: Tensor, _ kernelSize: Int, stride: Int? = nil") { a in
            try F.maxPool2d(try a.get("x", as: Tensor.self), try a.int("kernelSize"), stride: try a.optional("stride", as: Int.self))
        }
        f.function("logSoftmax", "_ x: Tensor, dim: Int") { a in try F.logSoftmax(try a.get("x", as: Tensor.self), dim: try a.int("dim")) }
        f.function("softmax", "_ x: Tensor, dim: Int") { a in try F.softmax(try a.get("x", as: Tensor.self), dim: try a.int("dim")) }
        f.function("dropout", "_ x: Tensor, p: Double = 0.5, training: Bool = true") { a in
            try F.dropout(try a.get("x", as: Tensor.self), p: try a.get("p", as: Float.self), training: try a.bool("training"),
                          using: environment.cell.random)
        }
        f.function("crossEntropy", "_ input: Tensor, _ target: Tensor, reduction: String = \"mean\"") { a in
            try F.crossEntropy(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self), reduction: try reduction(a))
        }
        f.function("nllLoss", "_ input: Tensor, _ target: Tensor, reduction: String = \"mean\"") { a in
            try F.nllLoss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self), reduction: try reduction(a))
        }
    }

    /// PyTorch's `reduction=` of a classification loss: "mean", "sum" or "none".
    private static func reduction(_ a: Arguments) throws -> LossReduction {
        let name = try a.string("reduction")
        guard let reduction = LossReduction(rawValue: name) else {
            throw BindingError("unknown reduction \"\(name)\"; expected one of " + LossReduction.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return reduction
    }

    /// `zeroGrad()`, `step()`, `lr` and `version`, shared by the optimisers.
    static func optimizer<O: TorchOptimizer>(_ space: Namespace, _ type: O.Type, _ name: String) {
        space.type(type, name) { t in
            // Its learning rate (a scheduler's `step()` changes it) and its parameters too: a cell
            // that changes them or their gradients alone changes what a restored optimiser must hold.
            t.fingerprint { optimizer in
                "\(ObjectIdentifier(optimizer).hashValue)v\(optimizer.version)lr\(optimizer.lr.bitPattern):"
                    + optimizer.optimizer.parameters.map(TensorBindings.cacheFingerprint).joined(separator: ",")
            }
            t.method("zeroGrad") { optimizer, _ in optimizer.zeroGrad() }
            t.method("step") { optimizer, _ in try optimizer.step() }
            t.property("lr", get: { Double($0.lr) }, set: { optimizer, value in
                guard let lr = Double(scriptValue: value) else { throw BindingError("lr expects a Double, got \(value.typeName)") }
                optimizer.lr = Float(lr)
            })
            t.property("version") { $0.version }
        }
    }

    /// A loss as a number: a one-element tensor (what a criterion returns) or a number.
    private static func scalarLoss(_ value: Value) throws -> Double {
        if let number = Double(scriptValue: value) { return number }
        guard let tensor = value.hostValue as? Tensor else {
            throw BindingError("a loss must be a one-element Tensor or a number, got \(value.typeName)")
        }
        guard tensor.count == 1 else { throw BindingError("a loss must be a one-element Tensor, got shape \(tensor.shape)") }
        return Double(tensor.scalars[0])
    }
}

/// The host module behind an instance of a script subclass of `nn.Module`: `forward` runs the
/// script's `forward`, and the layers and parameters are the instance's stored properties that
/// hold modules (or arrays of modules) and trainable tensors, in declaration order.
final class ScriptModule: Module {
    let instance: ScriptObject

    init(_ instance: ScriptObject) {
        self.instance = instance
        super.init()
    }

    override func forward(_ x: Tensor) throws -> Tensor {
        guard instance.hasMethod("forward") else {
            throw BindingError("\(instance.className) must define func forward(_ x: Tensor) -> Tensor")
        }
        let result = try instance.callMethod("forward", [.host(x)])
        guard let tensor = result.hostValue as? Tensor else {
            throw BindingError("\(instance.className).forward must return a Tensor, got \(result.typeName)")
        }
        return tensor
    }

    override func namedChildren() -> [(String, Module)] {
        instance.storedProperties.flatMap { property -> [(String, Module)] in
            if let module = property.value.hostValue as? Module { return [(property.name, module)] }
            if case .array(let items) = property.value {
                return items.enumerated().compactMap { index, item in
                    (item.hostValue as? Module).map { ("\(property.name).\(index)", $0) }
                }
            }
            return []
        }
    }

    override func namedOwnParameters() -> [(String, Tensor)] {
        instance.storedProperties.compactMap { property in
            guard let tensor = property.value.hostValue as? Tensor, tensor.requiresGrad else { return nil }
            return (property.name, tensor)
        }
    }

    override var headline: String { instance.className }
}

extension Module: NotebookDisplayable {
    /// A module shows its layers, one row per sub-module with the parameters it holds itself, as
    /// PyTorch prints a model's repr with a parameter count underneath.
    public func display(in context: CellContext, caption: String?) throws {
        let rows = namedModules().dropFirst().map { name, module -> [String] in
            [name, module.headline, LearningDisplay.grouped(module.namedOwnParameters().reduce(0) { $0 + $1.1.count })]
        }
        let total = "\(headline) — Total params: \(LearningDisplay.grouped(countParams()))"
        context.show(modelSummary: Table(caption: caption ?? total, header: ["Module", "Layer", "Param #"], rows: rows,
                                                numericColumns: [false, false, true]))
    }
}
