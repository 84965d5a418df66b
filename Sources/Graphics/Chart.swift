/// Anything that draws a figure from plain data. Every chart type is a value holding its data and
/// options; `render()` draws it (deterministically) or throws a `GraphicsError` for bad data.
public protocol Chart: Sendable {
    func render() throws -> Figure
}

extension LineChart: Chart {}
extension SideBySide: Chart {}
extension TrainingCurves: Chart {}
extension BarChart: Chart {}
extension ImageGrid: Chart {}
extension ConfusionMatrix: Chart {}
