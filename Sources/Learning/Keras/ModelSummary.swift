/// Keras's `model.summary()` as data: one row per layer (name, type, output shape, parameter
/// count), the totals, and `text`, the familiar table:
///
/// ```text
/// Model: "sequential"
/// _________________________________________________________________
///  Layer (type)                Output Shape              Param #
/// =================================================================
///  conv2d (Conv2D)             (None, 26, 26, 32)        320
/// ...
/// Total params: 9,467,274
/// ```
public struct ModelSummary: Equatable, Sendable {
    /// One layer of the table.
    public struct Row: Equatable, Sendable {
        /// The layer's name, e.g. `conv2d_1`.
        public let name: String
        /// The layer's class, e.g. `Conv2D`.
        public let type: String
        /// Output shape without the batch dimension; nil while the layer is not built.
        public let outputShape: [Int]?
        public let parameters: Int
    }

    public let modelName: String
    public let rows: [Row]
    public let totalParameters: Int
    public let trainableParameters: Int
    public let nonTrainableParameters: Int

    /// The table as Keras prints it (plain ASCII rules, shapes with `None` for the batch).
    public var text: String {
        let widths = [29, 26, 10]
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                " " + cell + String(repeating: " ", count: max(width - cell.count - 1, 1))
            }.joined().trimmingTrailingSpaces()
        }
        let rule = String(repeating: "_", count: widths.reduce(0, +))
        let doubleRule = String(repeating: "=", count: widths.reduce(0, +))
        var lines = ["Model: \"\(modelName)\"", rule, line(["Layer (type)", "Output Shape", "Param #"]), doubleRule]
        for (index, row) in rows.enumerated() {
            let shape = row.outputShape.map { kerasShape($0) } ?? "(unbuilt)"
            lines.append(line(["\(row.name) (\(row.type))", shape, groupedThousands(row.parameters)]))
            lines.append(index == rows.count - 1 ? doubleRule : "")
        }
        if rows.isEmpty { lines.append(doubleRule) }
        lines += ["Total params: \(groupedThousands(totalParameters))",
                  "Trainable params: \(groupedThousands(trainableParameters))",
                  "Non-trainable params: \(groupedThousands(nonTrainableParameters))",
                  rule]
        return lines.joined(separator: "\n")
    }
}

extension ModelSummary: CustomStringConvertible {
    public var description: String { text }
}

extension Sequential {
    /// The layer table Keras's `summary()` prints, as rows and as text (nothing is printed).
    public func summary() -> ModelSummary {
        let rows = layers.map { layer in
            ModelSummary.Row(name: layer.name, type: layer.typeName, outputShape: layer.outputShape,
                             parameters: layer.parameterCount + layer.nonTrainableWeights.reduce(0) { $0 + $1.count })
        }
        let trainable = countParams()
        let nonTrainable = layers.flatMap(\.nonTrainableWeights).reduce(0) { $0 + $1.count }
        return ModelSummary(modelName: name, rows: rows, totalParameters: trainable + nonTrainable, trainableParameters: trainable,
                            nonTrainableParameters: nonTrainable)
    }
}

/// `9467274` as `9,467,274`.
func groupedThousands(_ value: Int) -> String {
    let digits = String(abs(value))
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
        let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
        groups.insert(digits[start..<end], at: 0)
        end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: ",")
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
