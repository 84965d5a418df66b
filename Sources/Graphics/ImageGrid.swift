/// A grid of small gray images (MNIST digits) with each one's label under it and, optionally, the
/// model's prediction as "label → prediction": green with ✓ when right, red with ✗ and a red
/// frame when wrong (the mark and frame keep the meaning readable without colour vision). Captions
/// are sized to stay legible when the grid is shown on a phone.
///
/// Images are row-major bytes, 0 = background, 255 = ink (MNIST's convention); they are drawn as
/// dark ink on a light cell, each source pixel a sharp 2 × 2 CSS-pixel square (nearest neighbour).
public struct ImageGrid: Sendable {
    public var title: String
    /// One entry of `imageWidth × imageHeight` bytes per image.
    public var images: [[UInt8]]
    public var imageWidth: Int
    public var imageHeight: Int
    /// True classes, one per image (or nil for no captions).
    public var labels: [Int]?
    /// Predicted classes, one per image.
    public var predictions: [Int]?
    public var columns: Int
    /// Device pixels per CSS pixel.
    public var scale: Int

    /// CSS pixels per source pixel, the gap around each image, and the caption line height.
    static let zoom = 2
    static let gap = 22.0
    static let margin = 10.0

    public init(title: String = "", images: [[UInt8]], width: Int = 28, height: Int = 28, labels: [Int]? = nil,
                predictions: [Int]? = nil, columns: Int = 10, scale: Int = 2) {
        self.title = title
        self.images = images
        self.imageWidth = width
        self.imageHeight = height
        self.labels = labels
        self.predictions = predictions
        self.columns = columns
        self.scale = scale
    }

    /// The cell (image square) of image `index` in CSS pixels, as laid out by `render()`.
    func imageRect(at index: Int, titleSpace: Double) -> Rect {
        let pitch = cellPitch
        let column = index % effectiveColumns, row = index / effectiveColumns
        return Rect(x: ImageGrid.margin + Double(column) * pitch.width + ImageGrid.gap / 2,
                    y: titleSpace + ImageGrid.margin + Double(row) * pitch.height + ImageGrid.gap / 2,
                    width: Double(imageWidth * ImageGrid.zoom), height: Double(imageHeight * ImageGrid.zoom))
    }

    /// The grid's width in CSS pixels.
    var gridWidth: Double { 2 * ImageGrid.margin + Double(effectiveColumns) * (Double(imageWidth * ImageGrid.zoom) + ImageGrid.gap) }

    /// Caption text size: at least 9 px when the grid is shown on a phone, and never below 15 px.
    var captionFont: Double { max(15, FigureStyle.smallestPhoneText * gridWidth / FigureStyle.phoneFigureWidth) }

    private var captionLine: Double { captionFont * 1.25 }

    public func render() throws -> Figure {
        try validate()
        let rows = (images.count + effectiveColumns - 1) / effectiveColumns
        let width = Int(gridWidth)
        let height = Int(titleSpace + 2 * ImageGrid.margin + Double(rows) * cellPitch.height)
        let canvas = try Canvas(width: width, height: height, scale: scale)
        _ = FigureTitle.draw(title, on: canvas)
        for (index, image) in images.enumerated() {
            let rect = imageRect(at: index, titleSpace: titleSpace)
            try canvas.drawGray(image.map { 255 - $0 }, width: imageWidth, height: imageHeight, in: rect)
            let wrong = predictions.map { predictions in labels.map { $0[index] != predictions[index] } ?? false } ?? false
            let frame = rect.inset(top: -1.5, left: -1.5, bottom: -1.5, right: -1.5)
            canvas.strokeRect(frame, color: wrong ? Palette.wrong : Palette.grid, lineWidth: wrong ? 2 : 1)
            let baseline = rect.maxY + captionLine - 1
            switch (labels?[index], predictions?[index]) {
            case let (label?, prediction?):
                canvas.drawText("\(label) → \(prediction) \(wrong ? "✗" : "✓")", at: Point(x: rect.midX, y: baseline), size: captionFont,
                                color: wrong ? Palette.wrong : Palette.correct, alignment: .center, bold: wrong)
            case let (label?, nil):
                canvas.drawText("\(label)", at: Point(x: rect.midX, y: baseline), size: captionFont, alignment: .center)
            case let (nil, prediction?):
                canvas.drawText("→ \(prediction)", at: Point(x: rect.midX, y: baseline), size: captionFont, alignment: .center)
            case (nil, nil):
                break
            }
        }
        return try Figure(canvas: canvas, title: title)
    }

    /// The height of the title line above the grid (0 without a title).
    var titleSpace: Double {
        title.isEmpty ? 0 : FigureStyle(width: gridWidth).titleFont * 1.9
    }

    private var effectiveColumns: Int { max(1, min(columns, images.count)) }

    private var cellPitch: (width: Double, height: Double) {
        let captionLines = labels == nil && predictions == nil ? 0.0 : 1
        return (Double(imageWidth * ImageGrid.zoom) + ImageGrid.gap,
                Double(imageHeight * ImageGrid.zoom) + ImageGrid.gap + captionLines * captionLine)
    }

    private func validate() throws {
        let chart = "ImageGrid '\(title)'"
        guard !images.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "images") }
        guard imageWidth > 0, imageHeight > 0, imageWidth <= 256, imageHeight <= 256 else {
            throw GraphicsError.invalidInput(chart: chart, detail: "image size \(imageWidth)×\(imageHeight) must be 1…256 per side")
        }
        guard columns > 0 else { throw GraphicsError.invalidInput(chart: chart, detail: "columns must be positive, got \(columns)") }
        guard images.count <= 1000 else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(images.count) images are too many for one grid (at most 1000)")
        }
        if let index = images.firstIndex(where: { $0.count != imageWidth * imageHeight }) {
            throw GraphicsError.invalidInput(
                chart: chart, detail: "image \(index) has \(images[index].count) bytes, \(imageWidth)×\(imageHeight) expected")
        }
        if let labels, labels.count != images.count {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(labels.count) labels for \(images.count) images")
        }
        if let predictions, predictions.count != images.count {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(predictions.count) predictions for \(images.count) images")
        }
    }
}
