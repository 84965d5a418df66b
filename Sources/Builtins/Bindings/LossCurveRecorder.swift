import Graphics
import Learning

/// The `LossCurve` cells build in their training loops (`var curve = LossCurve()`,
/// `curve.add(train: loss, epoch: epoch)`): a reference to Learning's `LossCurve` value, so that
/// `add` is an ordinary method and the curve is shared, like the Python list a PyTorch loop
/// appends to.
final class LossCurveRecorder {
    private(set) var curve: LossCurve

    init(_ curve: LossCurve = LossCurve()) {
        self.curve = curve
    }

    func add(train loss: Double, epoch: Int) { curve.add(train: loss, epoch: epoch) }
    func add(validation loss: Double, epoch: Int) { curve.add(validation: loss, epoch: epoch) }
}

extension LossCurveRecorder: TrainingCurvesConvertible, NotebookDisplayable {
    /// The curve's figure and per-epoch table, as `LossCurve` itself draws and shows them.
    func trainingCurves(title: String) -> TrainingCurves { curve.trainingCurves(title: title) }

    func display(in context: CellContext, caption: String?) throws {
        try curve.display(in: context, caption: caption)
    }
}
