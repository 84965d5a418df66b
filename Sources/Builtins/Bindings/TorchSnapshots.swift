import Compute
import Language
import Learning

/// How the cell cache stores PyTorch-style values, so that a cell using a trained model re-runs
/// alone: every module of Learning (its `ModuleArchive`), the optimisers (hyper-parameters and
/// buffers), the losses, and the state of the module behind a script subclass of `nn.Module`
/// (its stored properties are stored as values of their own), and the learning-rate schedulers.
///
/// Tensors are shared objects: a model and its optimiser refer to the same parameter tensors, and
/// after a restore they still do — an optimiser step changes the restored model, as it would
/// have without the cache. Optimisers are shared objects too: a scheduler refers to its optimiser,
/// so a restored scheduler steps the restored optimiser, which updates the restored model.
enum TorchSnapshots: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("nn") { space in
            module(space, nn.Conv2d.self, "Conv2d")
            module(space, nn.Linear.self, "Linear")
            module(space, nn.BatchNorm.self, "BatchNorm")
            module(space, nn.MaxPool2d.self, "MaxPool2d")
            module(space, nn.AvgPool2d.self, "AvgPool2d")
            module(space, nn.AdaptiveAvgPool2d.self, "AdaptiveAvgPool2d")
            module(space, nn.ReLU.self, "ReLU")
            module(space, nn.Flatten.self, "Flatten")
            module(space, nn.LogSoftmax.self, "LogSoftmax")
            module(space, nn.Dropout.self, "Dropout")
            module(space, nn.Dropout2d.self, "Dropout2d")
            module(space, nn.Elementwise.self, "Elementwise")
            module(space, nn.Sequential.self, "Sequential")
            space.type(Module.self, "Module") { t in
                t.subclassState(kind: "torch.script-module", version: 1, write: { [$0.isTraining ? 1 : 0] }, load: { module, bytes in
                    guard bytes.count == 1 else { throw BindingError("a stored script module's state is corrupt") }
                    module.restoreMode(training: bytes[0] == 1)
                })
            }
            space.type(nn.CrossEntropyLoss.self, "CrossEntropyLoss") { t in
                t.snapshot(kind: "torch.cross-entropy-loss", version: 2, bytes: { Array($0.reduction.rawValue.utf8) },
                           read: { nn.CrossEntropyLoss(reduction: try storedReduction($0)) })
            }
            space.type(nn.NLLLoss.self, "NLLLoss") { t in
                t.snapshot(kind: "torch.nll-loss", version: 2, bytes: { Array($0.reduction.rawValue.utf8) },
                           read: { nn.NLLLoss(reduction: try storedReduction($0)) })
            }
        }
        bindings.namespace("optim") { space in
            optimizer(space, optim.SGD.self, "SGD")
            optimizer(space, optim.Adam.self, "Adam")
            optimizer(space, optim.General.self, "General")
            space.namespace("lrScheduler") { schedules in
                schedules.type(optim.lrScheduler.Schedule.self, "Schedule") { t in
                    t.snapshot(kind: "torch.lr-scheduler", version: 1, referencing: { schedule, writer in
                        Array(try writer.reference(schedule.optimizer).utf8) + [0] + schedule.serializedState()
                    }, read: { bytes, reader in
                        guard let end = bytes.firstIndex(of: 0),
                              let optimizer = try reader.object(String(decoding: bytes[..<end], as: UTF8.self)) as? TorchOptimizer else {
                            throw BindingError("a stored learning-rate scheduler is corrupt")
                        }
                        return try optim.lrScheduler.Schedule(restoring: Array(bytes[(end + 1)...]), optimizer: optimizer)
                    })
                }
            }
        }
    }

    private static func storedReduction(_ bytes: [UInt8]) throws -> LossReduction {
        guard let reduction = LossReduction(rawValue: String(decoding: bytes, as: UTF8.self)) else {
            throw BindingError("a stored loss's reduction is corrupt")
        }
        return reduction
    }

    /// A module's stored form is its `ModuleArchive`; a script subclass of `nn.Module` inside it
    /// (a block in an `nn.Sequential`) is embedded as the script value its instance is.
    private static func module<M: Module>(_ space: Namespace, _ type: M.Type, _ name: String) {
        space.type(type, name, inherits: Module.self) { t in
            t.snapshot(kind: "torch.module.\(name)", version: 2, referencing: { module, writer in
                try ModuleArchive.encode(module, tensorID: { try writer.reference($0) }, foreign: scriptModules(writer: writer))
            }, read: { bytes, reader in
                guard let module = try ModuleArchive.decode(bytes, tensor: reader.tensor, foreign: scriptModules(reader: reader)) as? M else {
                    throw BindingError("the stored module is not a \(name)")
                }
                return module
            })
        }
    }

    private static func scriptModules(writer: SnapshotWriter) -> (Module) throws -> [UInt8] {
        { module in
            guard let script = module as? ScriptModule else {
                throw BindingError("a \(module.description) inside another module cannot be stored in the cache")
            }
            return try writer.embed(.object(script.instance))
        }
    }

    private static func scriptModules(reader: SnapshotReader) -> ([UInt8]) throws -> Module {
        { bytes in
            guard case .object(let instance) = try reader.embedded(bytes), let module = instance.hostObject as? Module else {
                throw BindingError("a stored module inside another module is not an nn.Module subclass")
            }
            return module
        }
    }

    /// An optimiser is a shared object, so that a learning-rate scheduler restored with it steps
    /// the optimiser the notebook's own name holds. Its stored form: its parameters by reference,
    /// a zero byte, then its `serializedState()`.
    private static func optimizer<O: TorchOptimizer>(_ space: Namespace, _ type: O.Type, _ name: String) {
        space.type(type, name) { t in
            t.sharedSnapshot(kind: "torch.optimizer.\(name)", version: 2, referencing: { optimizer, writer in
                var bytes = Array(try optimizer.optimizer.parameters.map { try writer.reference($0) }.joined(separator: "\n").utf8)
                bytes.append(0)
                return bytes + optimizer.serializedState()
            }, read: { bytes, reader in
                let (parameters, state) = try storedOptimizer(bytes, reader)
                guard let optimizer = try optim.restored(parameters, state: state) as? O else {
                    throw BindingError("the stored optimizer is not an optim.\(name)")
                }
                return optimizer
            }, reload: { optimizer, bytes, reader in
                let (parameters, state) = try storedOptimizer(bytes, reader)
                guard parameters.count == optimizer.optimizer.parameters.count,
                      zip(parameters, optimizer.optimizer.parameters).allSatisfy({ $0 === $1 }) else {
                    throw BindingError("the stored optim.\(name) holds other parameters than the one restored earlier")
                }
                try optimizer.loadSerializedState(state)
            })
        }
    }

    private static func storedOptimizer(_ bytes: [UInt8], _ reader: SnapshotReader) throws -> (parameters: [Tensor], state: [UInt8]) {
        guard let end = bytes.firstIndex(of: 0) else { throw BindingError("a stored optimizer is corrupt") }
        let ids = String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\n").map(String.init)
        return (try ids.map { try reader.tensor($0) }, Array(bytes[(end + 1)...]))
    }
}

extension SnapshotReader {
    /// The shared tensor stored under `id`.
    func tensor(_ id: String) throws -> Tensor {
        guard let tensor = try object(id) as? Tensor else { throw BindingError("the stored object \(id) is not a tensor") }
        return tensor
    }
}
