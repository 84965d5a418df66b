/// The figure for a training run: mean loss and validation loss per epoch, the per-batch losses as
/// a thin pale line under the epoch means, and optionally accuracy in a second panel on the right.
///
/// Epoch means are drawn at x = 1 … E (end of each epoch, as Keras numbers epochs); batch b of B
/// (0-based, all epochs in order) sits at x = (b + 1) · E / B, so each epoch's batches lead up to
/// its mean.
public struct TrainingCurves: Sendable {
    public var title: String
    /// Mean training loss of each epoch.
    public var loss: [Double]
    /// Validation loss after each epoch, if measured.
    public var validationLoss: [Double]?
    /// Every batch's training loss, all epochs in order.
    public var batchLoss: [Double]?
    /// Training and validation accuracy per epoch (0…1); either one adds the accuracy panel.
    public var accuracy: [Double]?
    public var validationAccuracy: [Double]?
    /// Log scale for the loss axis.
    public var logLoss: Bool
    /// Size in CSS pixels (720 × 380 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String, loss: [Double], validationLoss: [Double]? = nil, batchLoss: [Double]? = nil,
                accuracy: [Double]? = nil, validationAccuracy: [Double]? = nil, logLoss: Bool = false,
                width: Int = 720, height: Int = 380, scale: Int = 2) {
        self.title = title
        self.loss = loss
        self.validationLoss = validationLoss
        self.batchLoss = batchLoss
        self.accuracy = accuracy
        self.validationAccuracy = validationAccuracy
        self.logLoss = logLoss
        self.width = width
        self.height = height
        self.scale = scale
    }

    /// The loss panel alone, titled `title` (e.g. to put two models side by side).
    public func lossChart() -> LineChart {
        var series: [Series] = []
        if let batchLoss, !batchLoss.isEmpty, !loss.isEmpty {
            let perBatch = Double(loss.count) / Double(batchLoss.count)
            series.append(Series("loss per batch", x: batchLoss.indices.map { Double($0 + 1) * perBatch }, y: batchLoss,
                                 color: Palette.skyBlue.withAlpha(0.55), lineWidth: 0.8))
        }
        series.append(Series("loss", y: loss, markers: true, color: Palette.blue))
        if let validationLoss {
            series.append(Series("val_loss", y: validationLoss, style: .dashed, markers: true, color: Palette.vermillion))
        }
        return LineChart(title: title, xLabel: "epoch", yLabel: "loss", series: series, logY: logLoss, integerX: true,
                         width: width, height: height, scale: scale)
    }

    /// The accuracy panel, or nil when no accuracy was given.
    public func accuracyChart() -> LineChart? {
        var series: [Series] = []
        if let accuracy { series.append(Series("accuracy", y: accuracy, markers: true, color: Palette.bluishGreen)) }
        if let validationAccuracy {
            series.append(Series("val_accuracy", y: validationAccuracy, style: .dashed, markers: true, color: Palette.orange))
        }
        guard !series.isEmpty else { return nil }
        return LineChart(title: "accuracy", xLabel: "epoch", yLabel: "accuracy", series: series, integerX: true,
                         width: width, height: height, scale: scale)
    }

    public func render() throws -> Figure {
        guard !loss.isEmpty else { throw GraphicsError.emptyData(chart: "TrainingCurves '\(title)'", what: "loss") }
        guard let accuracyChart = accuracyChart() else { return try lossChart().render() }
        var lossPanel = lossChart()
        lossPanel.title = "loss"
        return try SideBySide(title: title, panels: [lossPanel, accuracyChart], sharedY: false,
                              width: width, height: height, scale: scale).render()
    }
}
