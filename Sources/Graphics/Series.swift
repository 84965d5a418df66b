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
    /// Stroke width in CSS pixels.
    public var lineWidth: Double

    public init(_ name: String, x: [Double]? = nil, y: [Double], style: Style = .solid, markers: Bool = false,
                color: Color? = nil, lineWidth: Double = 2) {
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
                                            markers: Bool = false, color: Color? = nil, lineWidth: Double = 2) {
        self.init(name, x: x, y: y.map { Double($0) }, style: style, markers: markers, color: color, lineWidth: lineWidth)
    }

    /// The dash pattern in CSS pixels, scaled with the line width.
    var dashPattern: [Double] {
        switch style {
        case .solid: return []
        case .dashed: return [3.7 * lineWidth, 1.6 * lineWidth]
        case .dotted: return [1 * lineWidth, 1.65 * lineWidth]
        }
    }
}
