import Language

/// One domain's bindings (display, tensors, graphics, Keras, PyTorch, data sets…), written as a
/// small declarative table over the library's Swift API:
///
///     enum GraphicsBindings: BindingDomain {
///         static func install(into bindings: Bindings, environment: NotebookEnvironment) {
///             bindings.function("barChart", "_ values: [String: Double], title: String = \"\"") { a in ... }
///         }
///     }
///
/// Closures reach the running cell through `environment.cell` (its random generator, outputs,
/// progress reporter, data root and cancellation).
public protocol BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment)
}

/// Assembles every domain's bindings into the table a notebook's `Session` is created with.
public enum NotebookBindings {
    /// The domains, in registration order. A new domain adds one line here.
    static let domains: [BindingDomain.Type] = [
        DisplayBindings.self,
        ParamsBindings.self,
        ProgressBindings.self,
        TensorBindings.self,
        GraphicsBindings.self,
        KerasBindings.self,
        TorchBindings.self,
        DatasetsBindings.self,
        LearningGraphicsBindings.self,
    ]

    /// A fresh bindings table for one run of one notebook.
    public static func make(environment: NotebookEnvironment) -> Bindings {
        let bindings = Bindings()
        for domain in domains { domain.install(into: bindings, environment: environment) }
        return bindings
    }

    /// A session whose `print` writes into the running cell's outputs.
    public static func makeSession(environment: NotebookEnvironment) -> Session {
        Session(bindings: make(environment: environment)) { text in environment.cell.write(text: text) }
    }
}
