import Graphics
import Learning

/// The `LossCurve` cells build in their training loops (`var curve = LossCurve()`,
/// `curve.add(train: loss, epoch: epoch)`): a reference to Learning's `LossCurve` value, so that
/// `add` is an ordinary method and the curve is shared, like the Python list a PyTorch loop
/// appends to.
public final class LossCurveRecorder {
    public private(set) var curve = LossCurve()

    public init() {}

    public func add(train loss: Double, epoch: Int) { curve.add(train: loss, epoch: epoch) }
    public func add(validation loss: Double, epoch: Int) { curve.add(validation: loss, epoch: epoch) }
}

extension LossCurveRecorder: TrainingCurvesConvertible, NotebookDisplayable {
    /// The curve's figure and per-epoch table, as `LossCurve` itself draws and shows them.
    public func trainingCurves(title: String) -> TrainingCurves { curve.trainingCurves(title: title) }

    public func display(in context: CellContext, caption: String?) throws {
        try curve.display(in: context, caption: caption)
    }
}
