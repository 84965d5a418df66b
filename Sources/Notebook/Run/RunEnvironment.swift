import Builtins
import Foundation
import Language

/// The host library's environment and cell contexts, made from the document: its parameters
/// (after `-p` overrides) become the script values `params.name` reads, and a cell's
/// `//| caption:` and `//| alt:` become its figures' defaults.
extension NotebookEnvironment {
    public convenience init(notebookFile: String, notebookFolder: String? = nil, pageName: String, outputDirectory: URL,
                            dataRoot: String, parameters: [NotebookParameter], seed: UInt64,
                            progress: ProgressSink = SilentProgress()) {
        self.init(notebookFile: notebookFile, notebookFolder: notebookFolder, pageName: pageName, outputDirectory: outputDirectory, dataRoot: dataRoot,
                  parameters: Dictionary(parameters.map { ($0.name, $0.value.scriptValue) }, uniquingKeysWith: { first, _ in first }),
                  seed: seed, progress: progress)
    }
}

extension CellContext {
    public convenience init(id: String, options: CellOptions, environment: NotebookEnvironment,
                            cancellation: CancellationFlag? = nil) {
        self.init(id: id, caption: options.caption, alt: options.alt, environment: environment, cancellation: cancellation)
    }
}

extension ParameterValue {
    /// The parameter as a value of the cell language (`params.epochs` is an Int, …).
    public var scriptValue: Value {
        switch self {
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        }
    }
}
