/// Anything that draws a figure from plain data. Every chart type is a value holding its data and
/// options; `render()` draws it (deterministically) or throws a `GraphicsError` for bad data.
public protocol Chart: Sendable {
    func render() throws -> Figure
}

extension Panel: Chart {}
extension LineChart: Chart {}
extension PanelGrid: Chart {}
extension TrainingCurves: Chart {}
extension BarChart: Chart {}
extension BoxPlot: Chart {}
extension ImageGrid: Chart {}
extension Heatmap: Chart {}
extension ConfusionMatrix: Chart {}
