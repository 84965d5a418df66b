/// One kind of mark drawn in a panel's data coordinates. A panel draws its layers in order, so a
/// band put before a line sits under it.
public enum PlotLayer: Sendable {
    /// A line (or markers only) through points.
    case line(Series)
    /// Points, optionally each coloured by a value on a colour bar.
    case scatter(Scatter)
    /// Histogram bars between bin edges.
    case bars(HistogramBars)
    /// A shaded area between a lower and an upper curve (mean ± sd).
    case band(Band)
    /// Vertical error bars of ± `errors` around points.
    case errorBars(ErrorBars)
    /// A line across the whole panel at one y (horizontal) or one x (vertical).
    case reference(ReferenceLine)

    /// The layer's legend name ("" keeps it out of the legend).
    var name: String {
        switch self {
        case .line(let series): return series.name
        case .scatter(let scatter): return scatter.name
        case .bars(let bars): return bars.name
        case .band(let band): return band.name
        case .errorBars(let bars): return bars.name
        case .reference(let line): return line.look.name
        }
    }

    /// The colour the caller chose, or nil for the next palette colour.
    var explicitColor: Color? {
        switch self {
        case .line(let series): return series.color
        case .scatter(let scatter): return scatter.color
        case .bars(let bars): return bars.color
        case .band(let band): return band.color
        case .errorBars(let bars): return bars.color
        case .reference(let line): return line.look.color
        }
    }
}

/// A line across the whole panel, as matplotlib's `axhline`/`axvline` draw: a threshold, a
/// theoretical value, a moment in time. It widens the axis it marks to include its value; its
/// colour is the text's dark grey unless one is given, so it takes no colour from the cycle.
public struct ReferenceLine: Sendable {
    public enum Orientation: Sendable { case horizontal, vertical }

    public var orientation: Orientation
    /// The y of a horizontal line, the x of a vertical one.
    public var value: Double
    /// Legend name, colour, stroke pattern and width (its points are unused).
    public var look: Series

    public init(_ orientation: Orientation, at value: Double, name: String = "", style: Series.Style = .dashed,
                color: Color? = nil) {
        self.orientation = orientation
        self.value = value
        look = Series(name, x: [], y: [], style: style, color: color ?? Palette.mutedText, lineWidth: 0.9)
    }
}

/// Points at (x, y) with one colour, or coloured by `values` on the viridis scale with a colour bar.
public struct Scatter: Sendable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    /// One value per point; when given, the point's colour shows it and a colour bar is drawn.
    public var values: [Double]?
    /// The colour bar's label.
    public var valuesLabel: String
    public var color: Color?
    /// Point radius in phone pixels (scaled with the figure like text); nil for the default.
    public var size: Double?
    /// Opacity of the points (lower it when many overlap).
    public var opacity: Double

    public init(_ name: String = "", x: [Double], y: [Double], values: [Double]? = nil, valuesLabel: String = "",
                color: Color? = nil, size: Double? = nil, opacity: Double = 1) {
        self.name = name
        self.x = x
        self.y = y
        self.values = values
        self.valuesLabel = valuesLabel
        self.color = color
        self.size = size
        self.opacity = opacity
    }
}

/// Bars of a histogram: `heights[i]` spans `edges[i]...edges[i + 1]` (so one more edge than heights).
public struct HistogramBars: Sendable {
    public var name: String
    public var edges: [Double]
    public var heights: [Double]
    public var color: Color?
    public var opacity: Double

    public init(_ name: String = "", edges: [Double], heights: [Double], color: Color? = nil, opacity: Double = 1) {
        self.name = name
        self.edges = edges
        self.heights = heights
        self.color = color
        self.opacity = opacity
    }
}

/// The area between `lower` and `upper` over `x`, drawn faint in its colour.
public struct Band: Sendable {
    public var name: String
    public var x: [Double]
    public var lower: [Double]
    public var upper: [Double]
    public var color: Color?
    public var opacity: Double

    public init(_ name: String = "", x: [Double], lower: [Double], upper: [Double], color: Color? = nil, opacity: Double = 0.25) {
        self.name = name
        self.x = x
        self.lower = lower
        self.upper = upper
        self.color = color
        self.opacity = opacity
    }
}

/// Markers at (x, y) with vertical bars from y − error to y + error and small caps.
public struct ErrorBars: Sendable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var errors: [Double]
    public var color: Color?

    public init(_ name: String = "", x: [Double], y: [Double], errors: [Double], color: Color? = nil) {
        self.name = name
        self.x = x
        self.y = y
        self.errors = errors
        self.color = color
    }
}
