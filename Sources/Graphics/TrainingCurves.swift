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

    /// Training is blue and validation vermillion in every panel, so a colour keeps one meaning.
    public static let trainColor = Palette.blue
    public static let validationColor = Palette.vermillion

    /// The loss panel alone, titled `title` (e.g. to put two models side by side).
    public func lossChart() -> Panel {
        var layers: [PlotLayer] = []
        if let batchLoss, !batchLoss.isEmpty, !loss.isEmpty {
            layers += TrainingCurves.batchLayers(batchLoss, epochs: loss.count)
        }
        layers.append(.line(Series("train", y: loss, markers: true, color: TrainingCurves.trainColor)))
        if let validationLoss {
            layers.append(.line(Series("validation", y: validationLoss, style: .dashed, markers: true, color: TrainingCurves.validationColor)))
        }
        return Panel(title: title, xLabel: "epoch", yLabel: "loss", layers: layers, yScale: logLoss ? .log : .linear,
                     integerX: true, width: width, height: height, scale: scale)
    }

    /// The accuracy panel, or nil when no accuracy was given.
    public func accuracyChart() -> Panel? {
        var layers: [PlotLayer] = []
        if let accuracy { layers.append(.line(Series("train", y: accuracy, markers: true, color: TrainingCurves.trainColor))) }
        if let validationAccuracy {
            layers.append(.line(Series("validation", y: validationAccuracy, style: .dashed, markers: true,
                                       color: TrainingCurves.validationColor)))
        }
        guard !layers.isEmpty else { return nil }
        return Panel(title: "accuracy", xLabel: "epoch", yLabel: "accuracy", layers: layers, integerX: true,
                     width: width, height: height, scale: scale)
    }

    public func render() throws -> Figure {
        guard !loss.isEmpty else { throw GraphicsError.emptyData(chart: "TrainingCurves '\(title)'", what: "loss") }
        guard let accuracyChart = accuracyChart() else { return try lossChart().render() }
        var lossPanel = lossChart()
        lossPanel.title = "loss"
        return try PanelGrid(title: title, columns: 2, panels: [lossPanel, accuracyChart],
                             width: width, height: height, scale: scale).render()
    }

    /// Batches per band step: thousands of noisy batch losses become ~120 steps.
    static let batchBandSteps = 120

    /// The per-batch losses as a faint band (10th to 90th percentile of each run of batches) with a
    /// thin line through each run's mean: the spread stays visible without hiding the epoch means.
    /// Batch b of B sits at x = (b + 1) · epochs / B, so each epoch's batches lead up to its mean.
    static func batchLayers(_ batchLoss: [Double], epochs: Int) -> [PlotLayer] {
        let finite = batchLoss.enumerated().filter { $0.element.isFinite }
        guard !finite.isEmpty else { return [] }
        let perStep = max(1, (batchLoss.count + batchBandSteps - 1) / batchBandSteps)
        let scale = Double(epochs) / Double(batchLoss.count)
        var x: [Double] = [], lower: [Double] = [], upper: [Double] = [], mean: [Double] = []
        for start in stride(from: 0, to: batchLoss.count, by: perStep) {
            let run = batchLoss[start..<min(start + perStep, batchLoss.count)].filter(\.isFinite).sorted()
            guard !run.isEmpty else { continue }
            x.append((Double(start) + Double(run.count + 1) / 2) * scale)
            lower.append(run[Int(Double(run.count - 1) * 0.1)])
            upper.append(run[Int((Double(run.count - 1) * 0.9).rounded(.up))])
            mean.append(run.reduce(0, +) / Double(run.count))
        }
        let band = Band("per batch", x: x, lower: lower, upper: upper, color: trainColor, opacity: 0.16)
        let line = Series("", x: x, y: mean, color: trainColor.withAlpha(0.45), lineWidth: 0.5)
        return [.band(band), .line(line)]
    }
}
