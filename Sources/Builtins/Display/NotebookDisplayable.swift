import Report
import Graphics

/// A host value that knows how to show itself when it is a cell's last expression or is passed to
/// `show(_:)`. Learning bindings conform their types, e.g. a Keras-style model shows its summary:
///
///     extension SequentialModel: NotebookDisplayable {
///         public func display(in context: CellContext, caption: String?) throws {
///             context.show(modelSummary: Table(caption: caption, header: ["Layer", "Output shape", "Params"], rows: ...))
///         }
///     }
///
/// (Conformances belong in the Builtins module, next to the bindings, so Learning stays free of
/// notebook concerns.)
public protocol NotebookDisplayable {
    func display(in context: CellContext, caption: String?) throws
}

/// A host value that `plot(_:title:)` and `compare(...)` can draw as training curves: a Keras-style
/// `History`, a PyTorch-style `LossCurve`. Give per-epoch means; `batchLoss` is optional.
public protocol TrainingCurvesConvertible {
    /// The curves, titled `title`.
    func trainingCurves(title: String) -> TrainingCurves
}
