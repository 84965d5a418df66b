/// One line on a line chart: y values, their x positions, and how the line looks.
public struct Series: Sendable {
    /// The stroke pattern.
    public enum Style: Sendable { case solid, dashed, dotted }

    /// Legend text; an empty name keeps the series out of the legend.
    public var name: String
    /// X positions; `nil` in the initialiser means 1, 2, … n (epochs and steps count from 1).
    public var x: [Double]
    public var y: [Double]
    public var style: Style
    /// Draws a dot at every point (always done for isolated points, which have no line).
    public var markers: Bool
    /// `nil` takes the next Okabe–Ito palette colour by series index.
    public var color: Color?
    /// Stroke width as seen on a 390-px-wide phone; the figure scales it with its width
    /// (1.05 is matplotlib's 1.5 pt line).
    public var lineWidth: Double

    public init(_ name: String, x: [Double]? = nil, y: [Double], style: Style = .solid, markers: Bool = false,
                color: Color? = nil, lineWidth: Double = 1.05) {
        self.name = name
        self.x = x ?? y.indices.map { Double($0 + 1) }
        self.y = y
        self.style = style
        self.markers = markers
        self.color = color
        self.lineWidth = lineWidth
    }

    /// The same from any floating-point values, e.g. the `[Float]` that tensors and histories hold.
    public init<Value: BinaryFloatingPoint>(_ name: String, x: [Double]? = nil, y: [Value], style: Style = .solid,
                                            markers: Bool = false, color: Color? = nil, lineWidth: Double = 1.05) {
        self.init(name, x: x, y: y.map { Double($0) }, style: style, markers: markers, color: color, lineWidth: lineWidth)
    }

    /// The dash pattern for a stroke `width` CSS pixels wide (matplotlib's proportions).
    func dashPattern(width: Double) -> [Double] {
        switch style {
        case .solid: return []
        case .dashed: return [3.7 * width, 1.6 * width]
        case .dotted: return [1 * width, 1.65 * width]
        }
    }
}
