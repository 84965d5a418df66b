/// Sizes of text, lines and markers for one figure, derived from its width so that a figure keeps
/// the same look when the page shrinks it: every text is at least 9 CSS px tall when the whole
/// figure is shown 390 px wide (a phone), and lines thin out in the same proportion.
///
/// The proportions follow matplotlib's defaults (10 pt text, 12 pt titles, 1.5 pt lines on a
/// 6.4-inch figure), enlarged just enough for the phone rule — with room for the page's side
/// padding, which leaves a figure about 358 px on a 390-px phone.
struct FigureStyle {
    /// The figure's width in CSS pixels.
    let width: Double

    /// The narrowest width a figure is expected to be shown at, and the smallest text it may have there.
    static let phoneWidth = 390.0
    static let smallestPhoneText = 9.0
    /// The width a figure actually gets on that phone, inside the page's padding.
    static let phoneFigureWidth = 358.0

    /// CSS pixels of this figure per CSS pixel on a 390-px-wide phone.
    var unit: Double { max(width, 200) / FigureStyle.phoneWidth }

    var tickFont: Double { 10.2 * unit }
    var labelFont: Double { 10.8 * unit }
    var legendFont: Double { 10.2 * unit }
    var panelTitleFont: Double { 11.2 * unit }
    var titleFont: Double { 12.2 * unit }
    /// Values printed on bars and in heatmap cells.
    var annotationFont: Double { 9.9 * unit }
    /// Notes such as "Not drawn: 3 NaN values".
    var noteFont: Double { 9.9 * unit }

    /// Default data line width, and the widths of grid lines, spines and tick marks.
    var lineWidth: Double { 1.05 * unit }
    var gridWidth: Double { 0.45 * unit }
    var axisWidth: Double { 0.55 * unit }
    var tickLength: Double { 2.6 * unit }
    /// Radius of a series' markers and the default scatter point.
    var markerRadius: Double { 2.0 * unit }
    /// Gap between a tick label and its tick, and between text lines.
    var gap: Double { 3 * unit }
}
