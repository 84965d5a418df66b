import Compute
import Graphics
import Language

/// Figures: `plot`, `compare`, `imageGrid`, `barChart` and `confusionMatrix`. Each returns a
/// figure value, displayed when it is the cell's last expression or passed to `show(_:caption:)`;
/// the PNG lands in `<output>/<page>_files/<cell id>-<n>.png`.
///
///     plot(history, title: "Keras-style model")              // training curves
///     plot(["train": trainLoss, "test": testLoss], title: "Loss")
///     (plots of plain data: see `PlotBindings`)
///     compare(history, curve, titles: ["Keras", "PyTorch"], title: "Loss")
///     imageGrid(images.prefix(20), labels: labels, predictions: predicted, columns: 10)
///     barChart(["Keras": 41.2, "PyTorch": 38.9], title: "Seconds per epoch", valueFormat: "%.1f s")
///     confusionMatrix(labels: yTest, predictions: predicted)
enum GraphicsBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        let labels = "title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", logY: Bool = false"
        bindings.function("plot", "_ series: [String: [Double]], \(labels)") { a in
            _ = try a.get("series", as: [String: [Double]].self)
            guard case .dictionary(let dictionary) = a["series"] else { return Graphics.Figure?.none }
            let series = try dictionary.entries.map { entry -> Series in
                guard let y = [Double](scriptValue: entry.value) else {
                    throw BindingError("plot: series \(entry.key) must be [Double], got \(entry.value.typeName)")
                }
                return Series(entry.key.description, y: y)
            }
            return try lineChart(a, series) as Graphics.Figure?
        }
        bindings.function("plot", "_ curves: History, title: String = \"\", logY: Bool = false") { a in
            var curves = try trainingCurves(a["curves"], title: try a.string("title"))
            curves.logLoss = try a.bool("logY")
            return try curves.render()
        }
        bindings.function("compare", "_ runs: History..., titles: [String] = [], title: String = \"\"") { a in
            let runs = try a.get("runs", as: [Value].self)
            let titles = try a.get("titles", as: [String].self)
            guard runs.count >= 2 else { throw BindingError("compare needs at least two training runs, got \(runs.count)") }
            let panels = try runs.enumerated().map { index, run in
                try trainingCurves(run, title: index < titles.count ? titles[index] : "run \(index + 1)").lossChart()
            }
            return try PanelGrid(title: try a.string("title"), columns: panels.count, panels: panels, sharedY: true).render()
        }
        bindings.function("imageGrid", "_ images: Tensor, labels: Tensor? = nil, predictions: Tensor? = nil, columns: Int = 10, title: String = \"\"") { a in
            let images = try a.get("images", as: Tensor.self)
            let (pixels, width, height) = try grayImages(images)
            return try ImageGrid(title: try a.string("title"), images: pixels, width: width, height: height,
                                 labels: try classIndices(a["labels"], name: "labels"),
                                 predictions: try classIndices(a["predictions"], name: "predictions"),
                                 columns: try a.int("columns")).render()
        }
        bindings.function("barChart", "_ values: [String: Double], title: String = \"\", valueFormat: String = \"%.3g\", xLabel: String = \"\", yLabel: String = \"\"") { a in
            _ = try a.get("values", as: [String: Double].self)
            guard case .dictionary(let dictionary) = a["values"] else { return Graphics.Figure?.none }
            let bars = try dictionary.entries.map { entry -> Bar in
                guard let value = Double(scriptValue: entry.value) else {
                    throw BindingError("barChart: the value of \(entry.key) must be a number, got \(entry.value.typeName)")
                }
                return Bar(entry.key.description, value)
            }
            return try BarChart(title: try a.string("title"), bars: bars, valueFormat: try a.string("valueFormat"),
                                xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel")).render() as Graphics.Figure?
        }
        bindings.function("confusionMatrix", "labels: Tensor, predictions: Tensor, classes: Int = 10, title: String = \"Confusion matrix\"") { a in
            let counts = try confusionCounts(actual: try classIndices(a["labels"], name: "labels") ?? [],
                                             predicted: try classIndices(a["predictions"], name: "predictions") ?? [],
                                             classes: try a.int("classes"))
            return try ConfusionMatrix(title: try a.string("title"), counts: counts).render()
        }
        bindings.function("confusionMatrix", "_ counts: [[Int]], title: String = \"Confusion matrix\"") { a in
            try ConfusionMatrix(title: try a.string("title"), counts: try a.get("counts", as: [[Int]].self)).render()
        }
    }

    private static func lineChart(_ a: Arguments, _ series: [Series]) throws -> Graphics.Figure {
        try LineChart(title: try a.string("title"), xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel"),
                      series: series, logY: try a.bool("logY")).render()
    }

    private static func trainingCurves(_ value: Value, title: String) throws -> TrainingCurves {
        guard let convertible = value.hostValue as? TrainingCurvesConvertible else {
            throw BindingError("expected a training history or loss curve, got \(value.typeName)")
        }
        return convertible.trainingCurves(title: title)
    }

    /// Images from a tensor `[N, H, W]`, `[N, 1, H, W]` or `[N, H·W]` (square), as bytes: values in
    /// 0…255 are kept, values in 0…1 are scaled by 255, anything else (normalised data) is
    /// stretched from its minimum to its maximum.
    static func grayImages(_ images: Tensor) throws -> (pixels: [[UInt8]], width: Int, height: Int) {
        let shape = images.shape
        let count: Int, height: Int, width: Int
        switch shape.count {
        case 3: (count, height, width) = (shape[0], shape[1], shape[2])
        case 4 where shape[1] == 1: (count, height, width) = (shape[0], shape[2], shape[3])
        case 2:
            let side = Int(Double(shape[1]).squareRoot().rounded())
            guard side * side == shape[1] else { throw BindingError("imageGrid: rows of \(shape[1]) values are not square images") }
            (count, height, width) = (shape[0], side, side)
        default:
            throw BindingError("imageGrid expects images shaped [N, H, W], [N, 1, H, W] or [N, H·W], got \(shape)")
        }
        let values = images.scalars
        let low = values.min() ?? 0, high = values.max() ?? 0
        let scale: (Float) -> Float
        if low >= 0 && high <= 1 {
            scale = { $0 * 255 }
        } else if low >= 0 && high <= 255 {
            scale = { $0 }
        } else {
            let span = max(high - low, 1e-12)
            scale = { ($0 - low) / span * 255 }
        }
        let size = width * height
        let pixels = (0..<count).map { index in
            values[(index * size)..<((index + 1) * size)].map { UInt8(max(0, min(255, scale($0).rounded()))) }
        }
        return (pixels, width, height)
    }

    /// counts[actual][predicted]: how often each true class was predicted as each class.
    static func confusionCounts(actual: [Int], predicted: [Int], classes: Int) throws -> [[Int]] {
        guard predicted.count == actual.count else {
            throw BindingError("confusionMatrix: \(predicted.count) predictions but \(actual.count) true labels")
        }
        guard classes >= 1 else { throw BindingError("confusionMatrix needs classes ≥ 1, got \(classes)") }
        var counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
        for (truth, guess) in zip(actual, predicted) {
            guard (0..<classes).contains(truth), (0..<classes).contains(guess) else {
                throw BindingError("confusionMatrix: class \((0..<classes).contains(truth) ? guess : truth) is outside 0..<\(classes)")
            }
            counts[truth][guess] += 1
        }
        return counts
    }

    /// Class indices from a tensor (or an array of Ints); nil for `nil`.
    static func classIndices(_ value: Value, name: String) throws -> [Int]? {
        if case .none = value { return nil }
        if let ints = [Int](scriptValue: value) { return ints }
        guard let tensor = value.hostValue as? Tensor else {
            throw BindingError("\(name) must be a Tensor or [Int] of class indices, got \(value.typeName)")
        }
        return tensor.scalars.map { Int($0.rounded()) }
    }
}
