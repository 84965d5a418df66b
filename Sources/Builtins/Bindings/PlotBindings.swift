import Compute
import Graphics
import Language

/// Plots of any data, in matplotlib's spirit: `plot`, `scatter`, `histogram`, `band`,
/// `errorBars`, reference lines `hline`/`vline`, `boxPlot`, `heatmap`, and panels with `subplots { … }` or `grid([...])`. Data may be arrays
/// (of Int or Double), ranges or tensors. Every function takes `title:`, `xLabel:`, `yLabel:`;
/// the axes also take `xScale: .log`, `yScale: .log` and limits `xLimits: (0, 10)`.
///
///     plot(t, [x, v], labels: ["position", "velocity"], xLabel: "t (s)")
///     plot(losses, style: .dashed, markers: true, yScale: .log)
///     scatter(r, x, size: 0.3, color: "black", xLabel: "r", yLabel: "x")
///     scatter(x, y, color: energy, colorLabel: "energy")          // coloured by a third array
///     histogram([walkA, walkB], bins: 40, density: true, labels: ["A", "B"])
///     band(t, mean, sd, label: "mean ± sd")                         // line with a shaded spread
///     errorBars(x, mean, sd)
///     heatmap(matrix, xLabels: names, yLabels: names, annotate: true)
///     boxPlot([control, treated], labels: ["control", "treated"], yLabel: "ms")
///     subplots(rows: 2, sharedX: true) { plot(t, x, yLabel: "x"); plot(t, energy, yLabel: "E") }
///     overlay(errorBars(L, mean, sd), plot(L, fitted, label: "fit"))  // one set of axes
///     overlay(plot(t, x), hline(0), vline(tPeak, label: "peak"))      // lines across the panel
enum PlotBindings: BindingDomain {
    static let axes = "title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", xScale: Scale = .linear, "
        + "yScale: Scale = .linear, logY: Bool = false, xLimits: [Double]? = nil, yLimits: [Double]? = nil"
    static let line = "label: String = \"\", labels: [String] = [], style: LineStyle = .solid, markers: Bool = false, color: String? = nil"

    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.enumeration(Panel.Scale.self, "Scale", ["linear": .linear, "log": .log])
        bindings.enumeration(Series.Style.self, "LineStyle", ["solid": .solid, "dashed": .dashed, "dotted": .dotted])
        bindings.function("plot", "_ y, \(line), \(axes)") { a in
            try PlotValue(try panel(a, layers: try lines(x: nil, a["y"], a)))
        }
        bindings.function("plot", "_ x, _ y, \(line), \(axes)") { a in
            try PlotValue(try panel(a, layers: try lines(x: try PlotData.numbers(a["x"], name: "x", a), a["y"], a)))
        }
        bindings.function("scatter", "_ x, _ y, color = nil, size: Double = 2, opacity: Double = 1, label: String = \"\", colorLabel: String = \"\", \(axes)") { a in
            let x = try PlotData.numbers(a["x"], name: "x", a), y = try PlotData.numbers(a["y"], name: "y", a)
            var scatter = Scatter(try a.string("label"), x: x, y: y, valuesLabel: try a.string("colorLabel"),
                                  size: try a.double("size"), opacity: try a.double("opacity"))
            switch a["color"] {
            case .none: break
            case .string(let name): scatter.color = try PlotData.color(name)
            case let values: scatter.values = try PlotData.numbers(values, name: "color", a)
            }
            return try PlotValue(try panel(a, layers: [.scatter(scatter)]))
        }
        bindings.function("histogram", "_ values, bins: Int = 10, density: Bool = false, labels: [String] = [], range: [Double]? = nil, color: String? = nil, \(axes)") { a in
            let sets = try PlotData.series(a["values"], name: "values", a)
            let labels = try a.get("labels", as: [String].self)
            guard labels.isEmpty || labels.count == sets.count else {
                throw BindingError("histogram: \(labels.count) labels for \(sets.count) data sets")
            }
            let range = try PlotData.limits(try a.optional("range", as: [Double].self), name: "range")
            let histogram = try Histogram(sets, bins: try a.int("bins"), range: range, measure: try a.bool("density") ? .density : .count)
            let color = try a.optional("color", as: String.self).map(PlotData.color)
            let layers = sets.indices.map { histogram.layer($0, name: labels.isEmpty ? "" : labels[$0], color: sets.count == 1 ? color : nil) }
            var result = try panel(a, layers: layers)
            if result.yLabel.isEmpty { result.yLabel = try a.bool("density") ? "density" : "count" }
            return try PlotValue(result)
        }
        bindings.function("band", "_ x, _ y, _ spread, \(line), \(axes)") { a in
            let x = try PlotData.numbers(a["x"], name: "x", a), y = try PlotData.numbers(a["y"], name: "y", a)
            let spread = try PlotData.numbers(a["spread"], name: "spread", a)
            guard spread.count == y.count else { throw BindingError("band: \(y.count) values but \(spread.count) spreads") }
            let color = try a.optional("color", as: String.self).map(PlotData.color) ?? Palette.color(at: 0)
            let band = Band("", x: x, lower: zip(y, spread).map { $0 - $1 }, upper: zip(y, spread).map { $0 + $1 }, color: color)
            let mean = Series(try a.string("label"), x: x, y: y, style: try a.get("style", as: Series.Style.self),
                              markers: try a.bool("markers"), color: color)
            return try PlotValue(try panel(a, layers: [.band(band), .line(mean)]))
        }
        bindings.function("errorBars", "_ x, _ y, _ errors, label: String = \"\", color: String? = nil, \(axes)") { a in
            let bars = ErrorBars(try a.string("label"), x: try PlotData.numbers(a["x"], name: "x", a), y: try PlotData.numbers(a["y"], name: "y", a),
                                 errors: try PlotData.numbers(a["errors"], name: "errors", a),
                                 color: try a.optional("color", as: String.self).map(PlotData.color))
            return try PlotValue(try panel(a, layers: [.errorBars(bars)]))
        }
        for (name, orientation) in [("hline", ReferenceLine.Orientation.horizontal), ("vline", .vertical)] {
            let position = orientation == .horizontal ? "y" : "x"
            bindings.function(name, "_ \(position): Double, label: String = \"\", style: LineStyle = .dashed, color: String? = nil, \(axes)") { a in
                let line = ReferenceLine(orientation, at: try a.double(position), name: try a.string("label"),
                                         style: try a.get("style", as: Series.Style.self),
                                         color: try a.optional("color", as: String.self).map(PlotData.color))
                return try PlotValue(try panel(a, layers: [.reference(line)]))
            }
        }
        bindings.function("boxPlot", "_ groups, labels: [String] = [], color: String? = nil, title: String = \"\", xLabel: String = \"\", yLabel: String = \"\"") { a in
            try BoxPlot(title: try a.string("title"), groups: try PlotData.series(a["groups"], name: "groups", a),
                        labels: try a.get("labels", as: [String].self), xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel"),
                        color: try a.optional("color", as: String.self).map(PlotData.color) ?? Palette.blue).render()
        }
        bindings.function("heatmap", "_ matrix, xLabels: [String] = [], yLabels: [String] = [], annotate: Bool = false, colorLabel: String = \"\", title: String = \"\", xLabel: String = \"\", yLabel: String = \"\"") { a in
            try Heatmap(title: try a.string("title"), values: try PlotData.matrix(a["matrix"], a), xLabels: try a.get("xLabels", as: [String].self),
                        yLabels: try a.get("yLabels", as: [String].self), xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel"),
                        colorLabel: try a.string("colorLabel"), annotate: try a.bool("annotate")).render()
        }
        bindings.function("overlay", "_ plots: Any..., \(axes)") { a in
            // An array of plots (made in a loop, `lines.map { plot(…) }`) counts as its plots.
            let panels = try a.get("plots", as: [Value].self).flatMap { plot -> [Value] in
                if case .array(let plots) = plot { return plots }
                return [plot]
            }.map(panelOf)
            guard var merged = panels.first else { throw BindingError("overlay needs at least one plot") }
            for panel in panels.dropFirst() {
                merged.layers += panel.layers
                if merged.xLabel.isEmpty { merged.xLabel = panel.xLabel }
                if merged.yLabel.isEmpty { merged.yLabel = panel.yLabel }
                if merged.title.isEmpty { merged.title = panel.title }
                merged.xLimits = merged.xLimits ?? panel.xLimits
                merged.yLimits = merged.yLimits ?? panel.yLimits
            }
            for (key, path) in [("title", \Panel.title), ("xLabel", \Panel.xLabel), ("yLabel", \Panel.yLabel)] {
                let given = try a.string(key)
                if !given.isEmpty { merged[keyPath: path] = given }
            }
            // The overlay's own axes options win over those of the plots it combines.
            let own = try panel(a, layers: [])
            if a.isPresent("xScale") { merged.xScale = own.xScale }
            if a.isPresent("yScale") || a.isPresent("logY") { merged.yScale = own.yScale }
            merged.xLimits = own.xLimits ?? merged.xLimits
            merged.yLimits = own.yLimits ?? merged.yLimits
            return try PlotValue(merged)
        }
        bindings.function("subplots", "rows: Int = 1, columns: Int = 1, sharedX: Bool = false, sharedY: Bool = false, title: String = \"\", _ panels: @builder () -> [Any]") { a in
            try grid(try a.builder("panels"), rows: try a.int("rows"), columns: try a.int("columns"), a)
        }
        bindings.function("grid", "_ panels: [Any], columns: Int = 2, sharedX: Bool = false, sharedY: Bool = false, title: String = \"\"") { a in
            let panels = try a.get("panels", as: [Value].self)
            let columns = try a.int("columns")
            return try grid(panels, rows: (panels.count + max(columns, 1) - 1) / max(columns, 1), columns: columns, a)
        }
    }

    /// The panel of one plotting call: its layers plus the axes options every function shares.
    static func panel(_ a: Arguments, layers: [PlotLayer]) throws -> Panel {
        var yScale = try a.get("yScale", as: Panel.Scale.self)
        if try a.bool("logY") { yScale = .log }
        return Panel(title: try a.string("title"), xLabel: try a.string("xLabel"), yLabel: try a.string("yLabel"), layers: layers,
                     xScale: try a.get("xScale", as: Panel.Scale.self), yScale: yScale,
                     xLimits: try PlotData.limits(try a.optional("xLimits", as: [Double].self), name: "xLimits"),
                     yLimits: try PlotData.limits(try a.optional("yLimits", as: [Double].self), name: "yLimits"))
    }

    /// One line per series in `y` (one array, or an array of arrays), labelled by `label:`/`labels:`.
    static func lines(x: [Double]?, _ y: Value, _ a: Arguments) throws -> [PlotLayer] {
        let ys = try PlotData.series(y, name: "y", a)
        var labels = try a.get("labels", as: [String].self)
        let label = try a.string("label")
        if labels.isEmpty { labels = ys.count == 1 ? [label] : Array(repeating: "", count: ys.count) }
        guard labels.count == ys.count else { throw BindingError("plot: \(labels.count) labels for \(ys.count) series") }
        let color = try a.optional("color", as: String.self).map(PlotData.color)
        return try zip(ys, labels).map { values, name in
            if let x, x.count != values.count { throw BindingError("plot: \(x.count) x values but \(values.count) y values in series '\(name)'") }
            return .line(Series(name, x: x, y: values, style: try a.get("style", as: Series.Style.self), markers: try a.bool("markers"),
                                color: ys.count == 1 ? color : nil))
        }
    }

    private static func panelOf(_ item: Value) throws -> Panel {
        guard let plot = item.hostValue as? PlotValue else {
            throw BindingError("a panel must be made by plot, scatter, histogram, band, errorBars or overlay, got \(item.typeName)")
        }
        return plot.panel
    }

    private static func grid(_ items: [Value], rows: Int, columns: Int, _ a: Arguments) throws -> Graphics.Figure {
        let panels = try items.map(panelOf)
        guard rows >= 1, columns >= 1, rows * columns >= panels.count else {
            throw BindingError("\(panels.count) panels do not fit \(rows) row\(rows == 1 ? "" : "s") × \(columns) column\(columns == 1 ? "" : "s")")
        }
        return try PanelGrid(title: try a.string("title"), rows: rows, columns: columns, panels: panels,
                             sharedX: try a.bool("sharedX"), sharedY: try a.bool("sharedY"),
                             width: columns == 1 ? 640 : 720).render()
    }
}

/// A plot made by `plot`, `scatter`, `histogram`, `band` or `errorBars`: drawn when displayed, or
/// arranged with others by `subplots`/`grid`. Its data are checked when it is made, so a bad
/// input is reported at the call.
struct PlotValue: NotebookDisplayable, CustomStringConvertible {
    let panel: Panel

    init(_ panel: Panel) throws {
        try panel.validate()
        self.panel = panel
    }

    func display(in context: CellContext, caption: String?) throws {
        try context.show(figure: try panel.render(), caption: caption)
    }

    var description: String { panel.title.isEmpty ? "Figure" : "Figure '\(panel.title)'" }
}
