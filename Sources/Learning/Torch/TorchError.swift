import Compute

/// An error a notebook author can cause with the PyTorch-style API (a layer fed the wrong shape, a
/// loss given the wrong label shape, an empty dataset, batch size 0, a state dict that does not
/// fit). It names the layer (its dotted path in the model when known, e.g. `fc`, and its
/// description, e.g. `Linear(1024, 10)`) and says what was expected and what came.
public struct TorchError: Error, CustomStringConvertible, Equatable {
    /// Where it happened: a layer's description such as `Linear(1024, 10)`, or an API name
    /// such as `DataLoader`.
    public let component: String
    /// The dotted attribute path of the failing layer inside the model that was called (`conv2`,
    /// `0.fc`), filled in by the enclosing modules; empty when unknown.
    public internal(set) var path: String
    /// What went wrong, with the expected and the actual value.
    public let message: String
    /// Identity of the module that raised the error, used to look up `path`.
    let moduleID: ObjectIdentifier?

    public init(_ component: String, _ message: String) {
        self.component = component
        self.message = message
        self.path = ""
        self.moduleID = nil
    }

    init(module: Module, _ message: String) {
        component = module.headline
        self.message = message
        path = ""
        moduleID = ObjectIdentifier(module)
    }

    public var description: String {
        path.isEmpty ? "\(component): \(message)" : "\(path) (\(component)): \(message)"
    }

    public static func == (a: TorchError, b: TorchError) -> Bool {
        a.component == b.component && a.path == b.path && a.message == b.message
    }
}

/// Formats a shape as PyTorch prints it, e.g. `[512, 1, 8, 8]`.
func shapeText(_ shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }
