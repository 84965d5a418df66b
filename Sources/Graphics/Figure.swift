import Foundation

/// A finished figure: pixels plus what the HTML needs to show them at the right size.
///
/// `width` × `height` are CSS pixels (use them for `<img width height>`); the pixels are `scale`
/// times larger in each direction. PNG bytes are deterministic: the same figure is the same file.
public struct Figure: Sendable {
    /// Logical size in CSS pixels.
    public let width: Int
    public let height: Int
    /// Device pixels per CSS pixel (2 unless the chart asked otherwise).
    public let scale: Int
    /// The rendered pixels, straight RGBA8, `pixelWidth × pixelHeight`.
    public let image: PixelImage
    /// The chart's title, stored in the PNG's `Title` text chunk (and usable as alt text).
    public var title: String
    /// Where the figure came from (e.g. `notebook.md cell 7`), stored in the `Source` text chunk.
    public var source: String?

    public var pixelWidth: Int { image.width }
    public var pixelHeight: Int { image.height }

    /// The value of the PNG `Software` text chunk.
    public static let software = "notebook Graphics (Cairo, libpng)"

    init(canvas: Canvas, title: String) throws {
        self.width = canvas.width
        self.height = canvas.height
        self.scale = canvas.scale
        self.image = try canvas.pixelImage()
        self.title = title
        self.source = nil
    }

    /// The figure as PNG bytes with `Software`, `Title` and (when set) `Source` text chunks and a
    /// pHYs chunk of 72 dpi × `scale`. No timestamp is written.
    public func pngData() throws -> [UInt8] {
        var text: [(key: String, value: String)] = [("Software", Figure.software)]
        if !title.isEmpty { text.append(("Title", title)) }
        if let source, !source.isEmpty { text.append(("Source", source)) }
        let pixelsPerMetre = Int((72.0 * Double(scale) / 0.0254).rounded())
        return try PNGCodec.encode(image, text: text, pixelsPerMetre: pixelsPerMetre)
    }

    /// Writes the PNG to `path` atomically: a temporary file in the same folder, then a rename, so a
    /// reader never sees half a figure.
    public func write(to path: String) throws {
        let bytes = try pngData()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw GraphicsError.writeFailed(path: path, reason: reason)
            }
        } catch let error as GraphicsError {
            throw error
        } catch {
            throw GraphicsError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }
}
