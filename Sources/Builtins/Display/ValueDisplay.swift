import Report
import Compute
import Graphics
import Language

/// How a value is displayed when it is a cell's last expression or is passed to `show(_:)`:
///
/// | value | display |
/// |---|---|
/// | `Void` | nothing |
/// | a `NotebookDisplayable` host value (model, history…) | whatever it shows (summary, table…) |
/// | a `TrainingCurvesConvertible` value | its training-curves figure |
/// | a Graphics `Figure` | a PNG file under `<output>/<page>_files/` |
/// | a `Table` | an HTML table |
/// | a `Tensor` | its shape and first values, as text |
/// | text, numbers, arrays, anything else | its description, as text |
public enum ValueDisplay {
    public static func display(_ value: Value, in context: CellContext, caption: String? = nil) throws {
        switch value {
        case .void:
            return
        case .host, .object:
            if let host = value.hostValue {
                try displayHost(host, in: context, caption: caption)
                return
            }
        default:
            break
        }
        context.show(text: value.description)
    }

    private static func displayHost(_ host: Any, in context: CellContext, caption: String?) throws {
        switch host {
        case let displayable as NotebookDisplayable:
            try displayable.display(in: context, caption: caption)
        case let figure as Graphics.Figure:
            try context.show(figure: figure, caption: caption)
        case let table as Table:
            var table = table
            if let caption { table.caption = caption }
            context.show(table: table)
        case let curves as TrainingCurvesConvertible:
            try context.show(figure: curves.trainingCurves(title: "").render(), caption: caption)
        case let tensor as Tensor:
            context.show(text: TensorText.describe(tensor))
        default:
            context.show(text: String(describing: host))
        }
    }
}

/// A tensor as text: its shape, then up to the first `limit` values with four significant digits.
public enum TensorText {
    public static func describe(_ tensor: Tensor, limit: Int = 10) -> String {
        let shape = "[" + tensor.shape.map(String.init).joined(separator: ", ") + "]"
        if tensor.shape.isEmpty, let value = tensor.scalars.first {
            return "Tensor(\(Table.format(Double(value))))"
        }
        let values = tensor.scalars.prefix(limit).map { Table.format(Double($0)) }
        let more = tensor.count > limit ? ", … (\(tensor.count) values)" : ""
        return "Tensor \(shape): [" + values.joined(separator: ", ") + more + "]"
    }
}
