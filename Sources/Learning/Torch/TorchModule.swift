import Compute

/// PyTorch's `nn.Module`: the base class of every layer and model. A model subclasses it, stores
/// its layers as properties and overrides `forward`; calling the model (`model(x)`) runs `forward`.
///
/// Children and parameters are discovered from stored properties (with `Mirror`), so
/// `let conv1 = nn.Conv2d(...)` registers `conv1` and its `conv1.weight`/`conv1.bias`, in
/// declaration order, as PyTorch's attribute registration does. Discovered are properties holding
/// a `Module`, an optional `Module`, an array of modules (named `name.0`, `name.1`, …) and tensors
/// with `requiresGrad` (own parameters). Subclasses whose properties Mirror cannot see (the
/// notebook interpreter's host classes) override `namedChildren()` and `namedOwnParameters()`.
///
/// `version` changes whenever a parameter is written (optimiser steps, `loadStateDict`) or the
/// mode changes, so the cell cache can see mutation.
open class Module: CustomStringConvertible {
    /// Training mode (`train()`) or evaluation mode (`eval()`); affects `Dropout`. New modules
    /// start in training mode, as in PyTorch.
    public private(set) var isTraining = true
    private var modeChanges = 0

    public init() {}

    /// The computation; subclasses override it. The base implementation throws.
    open func forward(_ x: Tensor) throws -> Tensor {
        throw TorchError(module: self, "forward(_:) is not implemented")
    }

    /// Direct sub-modules with their attribute names, in declaration order.
    open func namedChildren() -> [(String, Module)] {
        var result: [(String, Module)] = []
        for (label, value) in storedProperties() {
            if let module = value as? Module {
                result.append((label, module))
            } else if let modules = value as? [Module] {
                for (index, module) in modules.enumerated() { result.append(("\(label).\(index)", module)) }
            }
        }
        return result
    }

    /// Parameters held directly by this module (not by children), with their attribute names.
    open func namedOwnParameters() -> [(String, Tensor)] {
        storedProperties().compactMap { label, value in
            guard let tensor = value as? Tensor, tensor.requiresGrad else { return nil }
            return (label, tensor)
        }
    }

    /// Tensors the module keeps and updates itself besides its parameters (BatchNorm's running
    /// statistics), with their attribute names; part of `stateDict()` but not of `parameters()`.
    open func namedOwnBuffers() -> [(String, Tensor)] { [] }

    /// A one-line description such as `Linear(1024, 10)`; models default to their class name.
    open var headline: String { String(describing: type(of: self)) }

    /// The module tree as PyTorch prints a model (`print(model)`): the headline, then each child
    /// on its own indented line as `(name): child`, recursively.
    public var description: String {
        let children = namedChildren()
        guard !children.isEmpty else { return headline }
        let lines = children.map { name, child in
            "  (\(name)): " + child.description.split(separator: "\n").joined(separator: "\n  ")
        }
        return headline + "(\n" + lines.joined(separator: "\n") + "\n)"
    }

    /// Stored properties of this instance from its dynamic class up to (excluding) `Module`,
    /// base classes first; `lazy` storage and `nil` optionals are skipped.
    private func storedProperties() -> [(String, Any)] {
        var levels: [[(String, Any)]] = []
        var mirror: Mirror? = Mirror(reflecting: self)
        while let current = mirror, current.subjectType != Module.self {
            levels.append(current.children.compactMap { child in
                guard let label = child.label, !label.hasPrefix("$__lazy_storage_$_") else { return nil }
                if let optional = child.value as? OptionalProtocolMarker { return optional.wrapped.map { (label, $0) } }
                return (label, child.value)
            })
            mirror = current.superclassMirror
        }
        return levels.reversed().flatMap { $0 }
    }

    /// Runs `forward`. Errors are reported as `TorchError`s naming the failing layer; a Compute
    /// error inside a layer is wrapped with that layer's description, and the layer's dotted path
    /// inside this module is filled in.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        do {
            return try forward(x)
        } catch var error as TorchError {
            if let id = error.moduleID, let name = namedModules().first(where: { ObjectIdentifier($0.1) == id })?.0,
               !name.isEmpty {
                error.path = name
            }
            throw error
        } catch let error as TensorError {
            throw TorchError(module: self, error.description)
        }
    }

    /// This module and every descendant with dotted names (`""` for this module), depth first.
    public func namedModules() -> [(String, Module)] {
        var result: [(String, Module)] = [("", self)]
        for (name, child) in namedChildren() {
            for (inner, module) in child.namedModules() {
                result.append((inner.isEmpty ? name : "\(name).\(inner)", module))
            }
        }
        return result
    }

    /// Every parameter with its dotted name (`conv1.weight`), own parameters first, then
    /// children's in declaration order, as `named_parameters()` lists them.
    public func namedParameters() -> [(String, Tensor)] {
        var result = namedOwnParameters()
        for (name, child) in namedChildren() {
            result += child.namedParameters().map { ("\(name).\($0.0)", $0.1) }
        }
        return result
    }

    /// Every parameter, in `namedParameters()` order; pass them to an optimiser.
    public func parameters() -> [Tensor] { namedParameters().map(\.1) }

    /// Number of scalar parameters (Keras's `count_params`; PyTorch's
    /// `sum(p.numel() for p in model.parameters())`).
    public func countParams() -> Int { parameters().reduce(0) { $0 + $1.count } }

    /// Sets training mode on this module and all descendants; returns self, as PyTorch does.
    @discardableResult
    public func train(_ mode: Bool = true) -> Self {
        for (_, module) in namedModules() where module.isTraining != mode {
            module.isTraining = mode
            module.modeChanges += 1
        }
        return self
    }

    /// Sets the mode of this module alone, not its descendants (a restored module's own flag).
    public func restoreMode(training: Bool) {
        if isTraining != training { isTraining = training }
    }

    /// Sets evaluation mode (`train(false)`).
    @discardableResult
    public func eval() -> Self { train(false) }

    /// Changes whenever a parameter's elements or any module's mode change.
    public var version: Int {
        namedModules().reduce(0) { $0 + $1.1.modeChanges } + namedState().reduce(0) { $0 + $1.1.version }
    }

    /// Copies of every parameter and buffer by dotted name, as PyTorch orders `state_dict()`:
    /// a module's own parameters, then its buffers, then its children's entries.
    public func stateDict() -> StateDict {
        StateDict(namedState().map { ($0.0, $0.1.detached()) })
    }

    /// The tensors `stateDict()` copies, uncopied.
    func namedState() -> [(String, Tensor)] {
        namedOwnParameters() + namedOwnBuffers() + namedChildren().flatMap { prefix, child in
            child.namedState().map { ("\(prefix).\($0.0)", $0.1) }
        }
    }

    /// Overwrites the parameters with `state`'s tensors. Like PyTorch's strict loading, the names
    /// must match exactly and every shape must agree; otherwise nothing is changed and the error
    /// lists missing and unexpected keys or the mismatching shape.
    public func loadStateDict(_ state: StateDict) throws {
        let own = namedState()
        let ownNames = Set(own.map(\.0)), givenNames = Set(state.names)
        let missing = own.map(\.0).filter { !givenNames.contains($0) }
        let unexpected = state.names.filter { !ownNames.contains($0) }
        guard missing.isEmpty, unexpected.isEmpty else {
            throw TorchError(module: self, "loadStateDict: missing keys \(missing), unexpected keys \(unexpected)")
        }
        for (name, parameter) in own where state[name]!.shape != parameter.shape {
            throw TorchError(module: self, "loadStateDict: \(name) expects shape \(shapeText(parameter.shape)), got \(shapeText(state[name]!.shape))")
        }
        for (name, parameter) in own { try parameter.assign(state[name]!) }
    }

    /// Parameters and training mode in a compact binary form that `loadSerializedState` restores
    /// bit for bit (for the cell cache). The architecture itself is not stored: restore into a
    /// model built the same way.
    public func serializedState() -> [UInt8] {
        var writer = BinaryWriter(magic: "TMS1")
        writer.write(UInt8(isTraining ? 1 : 0))
        writer.write(rest: stateDict().serialized())
        return writer.bytes
    }

    /// Restores `serializedState()` output into a model of the same architecture.
    public func loadSerializedState(_ bytes: [UInt8]) throws {
        var reader = try BinaryReader(bytes, magic: "TMS1", context: "module state")
        let training = try reader.read(UInt8.self) == 1
        try loadStateDict(StateDict(serialized: reader.readRest()))
        train(training)
    }
}

/// Lets `storedProperties` unwrap optionals of any type.
private protocol OptionalProtocolMarker { var wrapped: Any? { get } }
extension Optional: OptionalProtocolMarker {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
