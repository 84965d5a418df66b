import Compute
import Language
import Learning

/// PyTorch-style layers, functions, losses, schedules and state dicts beyond the article's:
///
///     let net = nn.Sequential(nn.Conv2d(1, 8, 3, padding: 1), nn.BatchNorm2d(8), nn.ReLU(), nn.AvgPool2d(2),
///                             nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 10))
///     let scheduler = optim.lrScheduler.StepLR(optimizer, stepSize: 2, gamma: 0.5)
///     let criterion = nn.MSELoss()
///     let state = net.stateDict(); net.loadStateDict(state)
enum TorchLayerBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("nn") { space in
            installModules(into: space, environment: environment)
            space.type(nn.ElementwiseLoss.self, "ElementwiseLoss") { t in
                t.fingerprint { $0.description }
                t.snapshot(kind: "torch.elementwise-loss", version: 1, bytes: { Array($0.description.utf8) }, read: { bytes in
                    let name = String(decoding: bytes, as: UTF8.self)
                    guard let loss = nn.ElementwiseLoss.named(name) else { throw BindingError("unknown stored loss \(name)") }
                    return loss
                })
                t.call("_ input: Tensor, _ target: Tensor") { loss, a in
                    try loss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self))
                }
            }
            let losses: [(String, () -> nn.ElementwiseLoss)] = [
                ("MSELoss", nn.ElementwiseLoss.mse), ("L1Loss", nn.ElementwiseLoss.l1),
                ("BCELoss", nn.ElementwiseLoss.bce), ("BCEWithLogitsLoss", nn.ElementwiseLoss.bceWithLogits),
            ]
            for (name, make) in losses { space.function(name) { _ in make() } }
        }
        bindings.namespace("F") { f in
            f.function("tanh", "_ x: Tensor") { a in F.tanh(try a.get("x", as: Tensor.self)) }
            f.function("sigmoid", "_ x: Tensor") { a in F.sigmoid(try a.get("x", as: Tensor.self)) }
            f.function("leakyRelu", "_ x: Tensor, negativeSlope: Double = 0.01") { a in
                F.leakyRelu(try a.get("x", as: Tensor.self), negativeSlope: try a.get("negativeSlope", as: Float.self))
            }
            f.function("avgPool2d", "_ x: Tensor, _ kernelSize: Int, stride: Int? = nil") { a in
                try F.avgPool2d(try a.get("x", as: Tensor.self), try a.int("kernelSize"), stride: try a.optional("stride", as: Int.self))
            }
            f.function("mseLoss", "_ input: Tensor, _ target: Tensor") { a in try F.mseLoss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self)) }
            f.function("l1Loss", "_ input: Tensor, _ target: Tensor") { a in try F.l1Loss(try a.get("input", as: Tensor.self), try a.get("target", as: Tensor.self)) }
        }
        bindings.namespace("optim") { space in
            space.namespace("lrScheduler") { schedules in installSchedules(into: schedules) }
            TorchBindings.optimizer(space, optim.General.self, "General")
            space.function("RMSprop", "_ params: [Tensor], lr: Double = 0.01, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0") { a in
                try optim.General.rmsprop(try a.array("params", of: Tensor.self), lr: try a.get("lr", as: Float.self),
                                          alpha: try a.get("alpha", as: Float.self), eps: try a.get("eps", as: Float.self),
                                          weightDecay: try a.get("weightDecay", as: Float.self), momentum: try a.get("momentum", as: Float.self))
            }
            space.function("AdamW", "_ params: [Tensor], lr: Double = 0.001, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0.01") { a in
                let betas = try a.get("betas", as: [Float].self)
                guard betas.count == 2 else { throw BindingError("AdamW betas must be a pair, got \(betas.count) values") }
                return try optim.General.adamW(try a.array("params", of: Tensor.self), lr: try a.get("lr", as: Float.self), betas: (betas[0], betas[1]),
                                               eps: try a.get("eps", as: Float.self), weightDecay: try a.get("weightDecay", as: Float.self))
            }
        }
        bindings.type(StateDict.self, "StateDict") { t in
            t.fingerprint { state in state.tensors.map { "\(ObjectIdentifier($0).hashValue)v\($0.version)" }.joined(separator: ",") }
            t.snapshot(kind: "torch.state-dict", version: 1, bytes: { try Safetensors.encode(Array(zip($0.names, $0.tensors))) },
                       read: { StateDict(try Safetensors(bytes: $0).tensors.map { ($0.name, $0.tensor) }) })
            t.property("keys") { $0.names }
            t.property("count") { $0.names.count }
            t.subscripting("_ name: String") { state, a in
                let name = try a.string("name")
                guard let tensor = state[name] else { throw BindingError("the state dict has no entry \"\(name)\"; it has \(state.names)") }
                return tensor
            }
        }
        bindings.namespace("nn") { space in
            space.type(Module.self, "Module") { t in
                t.method("stateDict") { module, _ in module.stateDict() }
                t.method("loadStateDict", "_ state: StateDict") { module, a in try module.loadStateDict(try a.get("state", as: StateDict.self)) }
            }
        }
    }

    private static func installModules(into space: Namespace, environment: NotebookEnvironment) {
        space.type(nn.BatchNorm.self, "BatchNorm", inherits: Module.self) { t in
            t.property("runningMean") { $0.runningMean }
            t.property("runningVar") { $0.runningVar }
            t.property("weight") { $0.weight }
            t.property("bias") { $0.bias }
        }
        for dimensions in [1, 2] {
            space.function("BatchNorm\(dimensions)d", "_ numFeatures: Int, eps: Double = 1e-5, momentum: Double = 0.1") { a in
                try nn.BatchNorm(try a.int("numFeatures"), eps: try a.get("eps", as: Float.self),
                                 momentum: try a.get("momentum", as: Float.self), dimensions: dimensions)
            }
        }
        space.type(nn.AvgPool2d.self, "AvgPool2d", inherits: Module.self) { t in
            t.initializer("_ kernelSize: Int, stride: Int? = nil") { a in
                try nn.AvgPool2d(try a.int("kernelSize"), stride: try a.optional("stride", as: Int.self))
            }
        }
        space.type(nn.AdaptiveAvgPool2d.self, "AdaptiveAvgPool2d", inherits: Module.self) { t in
            t.initializer("_ outputSize: Int") { a in try nn.AdaptiveAvgPool2d(try a.int("outputSize")) }
        }
        space.type(nn.Dropout2d.self, "Dropout2d", inherits: Module.self) { t in
            t.initializer("_ p: Double = 0.5") { a in try nn.Dropout2d(try a.get("p", as: Float.self), using: environment.cell.random) }
        }
        space.type(nn.Elementwise.self, "Elementwise", inherits: Module.self)
        space.function("Tanh") { _ in nn.Elementwise.tanh() }
        space.function("Sigmoid") { _ in nn.Elementwise.sigmoid() }
        space.function("GELU") { _ in nn.Elementwise.gelu() }
        space.function("Identity") { _ in nn.Elementwise.identity() }
        space.function("LeakyReLU", "_ negativeSlope: Double = 0.01") { a in
            nn.Elementwise.leakyReLU(negativeSlope: try a.get("negativeSlope", as: Float.self))
        }
        space.function("Softmax", "dim: Int") { a in nn.Elementwise.softmax(dim: try a.int("dim")) }
        space.type(nn.Conv2d.self, "Conv2d", inherits: Module.self) { t in
            // PyTorch's keywords: `stride=`, `padding=`, and `kernel_size=` as well.
            for kernel in ["_ kernelSize: Int", "kernelSize: Int"] {
                t.initializer("_ inChannels: Int, _ outChannels: Int, \(kernel), stride: Int = 1, padding: Int = 0, bias: Bool = true") { a in
                    try nn.Conv2d(try a.int("inChannels"), try a.int("outChannels"), try a.int("kernelSize"), try a.int("stride"),
                                  try a.int("padding"), bias: try a.bool("bias"), using: environment.cell.random)
                }
            }
        }
    }

    private static func installSchedules(into space: Namespace) {
        typealias Schedule = optim.lrScheduler.Schedule
        space.type(Schedule.self, "Schedule") { t in
            t.fingerprint(version: \.epoch)
            t.method("step") { schedule, _ in schedule.step() }
            t.method("getLastLr") { schedule, _ in [Double(schedule.lastLR)] }
            t.property("lastEpoch") { $0.epoch }
        }
        space.function("StepLR", "_ optimizer: Any, stepSize: Int, gamma: Double = 0.1") { a in
            try Schedule.stepLR(try optimizer(a), stepSize: try a.int("stepSize"), gamma: try a.get("gamma", as: Float.self))
        }
        space.function("ExponentialLR", "_ optimizer: Any, gamma: Double") { a in
            Schedule.exponentialLR(try optimizer(a), gamma: try a.get("gamma", as: Float.self))
        }
        space.function("CosineAnnealingLR", "_ optimizer: Any, tMax: Int, etaMin: Double = 0") { a in
            try Schedule.cosineAnnealingLR(try optimizer(a), tMax: try a.int("tMax"), etaMin: try a.get("etaMin", as: Float.self))
        }
    }

    private static func optimizer(_ a: Arguments) throws -> TorchOptimizer {
        guard let optimizer = a["optimizer"].hostValue as? TorchOptimizer else {
            throw BindingError("a schedule needs an optimizer such as optim.SGD, got \(a["optimizer"].typeName)")
        }
        return optimizer
    }
}
