import Compute
import Graphics
import Language
import Learning

/// Figures over the Learning and Datasets types, next to the general ones in `GraphicsBindings`:
///
///     imageGrid(train.prefix(25), columns: 5)                          // digits with their labels
///     imageGrid(test.select(shown), predictions: guesses, columns: 8)  // wrong guesses in red
///     barChart(train.classCounts(), labels: (0...9).map { String($0) }, title: "Images per digit")
///     confusionMatrix(predicted: model.predict(xTest).argmax(dim: 1), actual: test.labels)
///
/// `plot(history)`, `plot(curve)` and `compare(history, curve, titles:)` work through the
/// `TrainingCurvesConvertible` conformances of `History` (see `TimedHistory`) and
/// `LossCurveRecorder`.
enum LearningGraphicsBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.function("imageGrid", "_ digits: MNISTDigits, predictions: [Int]? = nil, columns: Int = 10, title: String = \"\"") { a in
            let digits = try a.get("digits", as: MNISTDigits.self)
            let (pixels, width, height) = try GraphicsBindings.grayImages(digits.images)
            let predictions = try classIndices(a["predictions"], name: "predictions")
            if let predictions, predictions.count != digits.count {
                throw BindingError("imageGrid: \(digits.count) images but \(predictions.count) predictions")
            }
            return try ImageGrid(title: try a.string("title"), images: pixels, width: width, height: height,
                                 labels: digits.labelIndices, predictions: predictions, columns: try a.int("columns")).render()
        }
        // matplotlib's order, `plt.bar(names, heights)`, as well as values with `labels:`.
        bindings.function("barChart", "_ labels: [String], _ values: [Double], title: String = \"\", valueFormat: String = \"%.3g\", xLabel: String = \"\", yLabel: String = \"\"") { a in
            try barChart(a)
        }
        bindings.function("barChart", "_ values: [Double], labels: [String] = [], title: String = \"\", valueFormat: String = \"%.0f\", xLabel: String = \"\", yLabel: String = \"\"") { a in
            try barChart(a)
        }
        bindings.function("confusionMatrix", "predicted: Tensor, actual: Tensor, classes: Int = 10, title: String = \"Confusion matrix\"") { a in
            let counts = try GraphicsBindings.confusionCounts(actual: try classIndices(a["actual"], name: "actual") ?? [],
                                                              predicted: try classIndices(a["predicted"], name: "predicted") ?? [],
                                                              classes: try a.int("classes"))
            return try ConfusionMatrix(title: try a.string("title"), counts: counts).render()
        }
    }

    /// Class indices from a Tensor, or from an array of Ints, Doubles or one-element tensors
    /// (`shown.map { predicted[$0] }`); nil for `nil`.
    static func classIndices(_ value: Value, name: String) throws -> [Int]? {
        if case .array(let items) = value {
            return try items.map { item in
                if case .int(let int) = item { return int }
                if case .double(let double) = item { return Int(double.rounded()) }
                if let tensor = item.hostValue as? Tensor, tensor.count == 1 { return Int(tensor.scalars[0].rounded()) }
                throw BindingError("\(name) must hold class indices, got an element of type \(item.typeName)")
            }
        }
        return try GraphicsBindings.classIndices(value, name: name)
    }

    /// One bar per value, named by `labels` (the values' positions when none are given).
    private static func barChart(_ a: Arguments) throws -> Any {
        let values = try a.get("values", as: [Double].self)
        var labels = try a.get("labels", as: [String].self)
        if labels.isEmpty { labels = values.indices.map(String.init) }
        guard labels.count == values.count else {
            throw BindingError("barChart: \(values.count) values but \(labels.count) labels")
        }
        return try BarChart(title: try a.string("title"), bars: zip(labels, values).map { Bar($0, $1) },
                            valueFormat: try a.string("valueFormat"), xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel")).render()
    }
}
