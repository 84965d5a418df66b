import Compute
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
///
/// How to write a domain (e.g. `KerasBindings.swift`):
/// 1. `enum KerasBindings: BindingDomain { static func install(into:environment:) { ... } }` and
///    one line in `domains` below.
/// 2. Randomness: draw only from `environment.cell.random` (a Compute `RandomGenerator`), read at
///    call time — e.g. in `Dense(...)`'s initialiser and in `fit`'s shuffling — never a generator
///    kept from another cell.
/// 3. Training loops: report through `environment.cell.progress` (`begin`, `batchEnded` — which
///    throws `CellCancelled` on Ctrl-C/timeout, let it propagate —, `epochEnded`, `end`), or adapt
///    the learning API's observer protocol to it; long host loops without progress call
///    `environment.cell.checkCancellation()` now and then.
/// 4. Display: conform host types to `NotebookDisplayable` (a model shows
///    `context.show(modelSummary:)`, a history `context.show(table:)`) and, for `plot`/`compare`,
///    to `TrainingCurvesConvertible`.
/// 5. Data: resolve relative roots against `environment.dataRoot` (`--data`, default `data`) and
///    call `environment.recordDataFile(path:sha256:)` for each file read (the footer lists them).
/// 6. Errors: throw `BindingError("…")` (or the library's own error with a good description); the
///    interpreter adds the call's `file:line:column`.
public enum NotebookBindings {
    /// The domains, in registration order. A new domain adds one line here.
    static let domains: [BindingDomain.Type] = [
        DisplayBindings.self,
        ParamsBindings.self,
        ProgressBindings.self,
        TensorBindings.self,
        TensorMathBindings.self,
        PlotBindings.self,
        GraphicsBindings.self,
        KerasBindings.self,
        KerasLayerBindings.self,
        TorchBindings.self,
        TorchLayerBindings.self,
        TorchDeviceBindings.self,
        TorchSnapshots.self,
        WeightsBindings.self,
        DatasetsBindings.self,
        DataExtrasBindings.self,
        LearningGraphicsBindings.self,
        FileBindings.self,
        FileWriteBindings.self,
        DataTableBindings.self,
        FormatBindings.self,
    ]

    /// A fresh bindings table for one run of one notebook.
    public static func make(environment: NotebookEnvironment) -> Bindings {
        let bindings = Bindings()
        for domain in domains { domain.install(into: bindings, environment: environment) }
        return bindings
    }

    /// A session whose `print` writes into the running cell's outputs and whose standard random
    /// API (`Int.random(in:)`, `shuffled()`…) draws from the running cell's seeded generator.
    public static func makeSession(environment: NotebookEnvironment) -> Session {
        let session = Session(bindings: make(environment: environment)) { text in environment.cell.write(text: text) }
        session.randomBits = {
            let random = environment.cell.random
            return UInt64(random.nextUInt32()) << 32 | UInt64(random.nextUInt32())
        }
        return session
    }
}
