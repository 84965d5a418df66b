import CCairo

/// A Cairo ARGB32 image surface that is drawn in CSS pixels and rendered at `scale` device pixels
/// per CSS pixel (2 by default, sharp on HiDPI screens). Text uses DejaVu Sans through Cairo's toy
/// font API, which is deterministic for a given Cairo and font version.
///
/// The figure is a light card with rounded corners on a transparent surface, so on a dark page it
/// reads as a card rather than a glaring white rectangle.
final class Canvas {
    /// How text is placed relative to its anchor point.
    enum TextAlignment { case left, center, right }

    let width: Int
    let height: Int
    let scale: Int
    let surface: OpaquePointer
    private let context: OpaquePointer

    /// Text sizes and line widths for a figure of this width.
    var style: FigureStyle { FigureStyle(width: Double(width)) }

    /// Above this many circles in one call, `fillCircles` stamps them instead of asking Cairo.
    static let stampedCircles = 2000

    /// Radius of the card's corners in CSS pixels.
    static let cardRadius = 8.0

    /// A canvas of `width × height` CSS pixels: a `background` card with rounded corners.
    init(width: Int, height: Int, scale: Int = 2, background: Color = Palette.background) throws {
        guard width > 0, height > 0, scale > 0, width * scale <= 16384, height * scale <= 16384 else {
            throw GraphicsError.invalidInput(chart: "Canvas", detail: "size \(width)×\(height) at \(scale)× is out of range")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width * scale), Int32(height * scale)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.drawingFailed("Cairo could not create a \(width * scale)×\(height * scale) surface")
        }
        guard let context = cairo_create(surface), cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw GraphicsError.drawingFailed("Cairo could not create a drawing context")
        }
        self.width = width
        self.height = height
        self.scale = scale
        self.surface = surface
        self.context = context
        cairo_scale(context, Double(scale), Double(scale))
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        fillRoundedRect(Rect(x: 0, y: 0, width: Double(width), height: Double(height)), radius: Canvas.cardRadius,
                        color: background)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    // MARK: shapes

    func fillRect(_ rect: Rect, color: Color) {
        setColor(color)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(context)
    }

    func fillRoundedRect(_ rect: Rect, radius: Double, color: Color) {
        setColor(color)
        cairo_new_path(context)
        let r = min(radius, rect.width / 2, rect.height / 2)
        cairo_arc(context, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(context, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(context, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(context, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(context)
        cairo_fill(context)
    }

    /// Fills the polygon through `points` (a band between two curves).
    func fillPolygon(_ points: [Point], color: Color) {
        guard let first = points.first else { return }
        setColor(color)
        cairo_new_path(context)
        cairo_move_to(context, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
        cairo_close_path(context)
        cairo_fill(context)
    }

    /// Fills one circle of `radius` per centre. Many circles (a large scatter) are stamped straight
    /// into the pixels inside `clip` (see `DiscStamp`); a few go through Cairo as one path.
    func fillCircles(_ centers: [Point], radius: Double, color: Color, clip: Rect? = nil) {
        guard !centers.isEmpty else { return }
        if centers.count > Canvas.stampedCircles {
            let area = clip ?? Rect(x: 0, y: 0, width: Double(width), height: Double(height))
            let factor = Double(scale)
            DiscStamp(radius: radius * factor).draw(centers.map { ($0.x * factor, $0.y * factor) }, color: color, on: surface,
                                                     clip: (Int((area.minX * factor).rounded()), Int((area.minY * factor).rounded()),
                                                            Int((area.maxX * factor).rounded()), Int((area.maxY * factor).rounded())))
            return
        }
        setColor(color)
        cairo_new_path(context)
        for center in centers {
            cairo_new_sub_path(context)
            cairo_arc(context, center.x, center.y, radius, 0, 2 * Double.pi)
        }
        cairo_fill(context)
    }

    /// Straight segments, each from `.0` to `.1`, stroked together (error bars, tick marks).
    func strokeSegments(_ segments: [(Point, Point)], color: Color, lineWidth: Double) {
        guard !segments.isEmpty else { return }
        setColor(color)
        cairo_set_line_width(context, lineWidth)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(context, nil, 0, 0)
        cairo_new_path(context)
        for (start, end) in segments {
            cairo_move_to(context, start.x, start.y)
            cairo_line_to(context, end.x, end.y)
        }
        cairo_stroke(context)
    }

    func strokeRect(_ rect: Rect, color: Color, lineWidth: Double = 1) {
        setColor(color)
        cairo_set_line_width(context, lineWidth)
        cairo_set_dash(context, nil, 0, 0)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_stroke(context)
    }

    /// A polyline through `points`; `dash` is the on/off pattern in CSS pixels (empty for solid).
    func strokeLine(_ points: [Point], color: Color, lineWidth: Double, dash: [Double] = []) {
        guard let first = points.first else { return }
        setColor(color)
        cairo_set_line_width(context, lineWidth)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, dash.isEmpty ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        dash.withUnsafeBufferPointer { cairo_set_dash(context, $0.baseAddress, Int32(dash.count), 0) }
        cairo_move_to(context, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
        cairo_stroke(context)
        cairo_set_dash(context, nil, 0, 0)
    }

    func fillCircle(center: Point, radius: Double, color: Color) {
        setColor(color)
        cairo_new_path(context)
        cairo_arc(context, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_fill(context)
    }

    /// Restricts drawing to `rect` while `body` runs.
    func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        body()
        cairo_restore(context)
    }

    // MARK: text

    /// The advance width of `text` in CSS pixels at `size`.
    func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        setFont(size: size, bold: bold)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// Draws one line of text whose baseline passes through `point`; `rotated` turns it 90° anticlockwise.
    func drawText(_ text: String, at point: Point, size: Double, color: Color = Palette.text,
                  alignment: TextAlignment = .left, bold: Bool = false, rotated: Bool = false) {
        let width = textWidth(text, size: size, bold: bold)
        let shift: Double
        switch alignment {
        case .left: shift = 0
        case .center: shift = -width / 2
        case .right: shift = -width
        }
        setColor(color)
        cairo_save(context)
        cairo_translate(context, point.x, point.y)
        if rotated { cairo_rotate(context, -Double.pi / 2) }
        cairo_move_to(context, shift, 0)
        cairo_show_text(context, text)
        cairo_restore(context)
    }

    /// `text`, shortened with an ellipsis until it fits `width` CSS pixels at `size` (labels never
    /// run into their neighbours).
    func truncated(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        guard textWidth(text, size: size, bold: bold) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty && textWidth(String(characters) + "…", size: size, bold: bold) > width {
            characters.removeLast()
        }
        return String(characters) + "…"
    }

    // MARK: images

    /// Paints a gray image (`pixels`, row-major, 0 black … 255 white) into `rect`, each source pixel
    /// a sharp square (nearest-neighbour sampling, so digits keep their true pixels).
    func drawGray(_ pixels: [UInt8], width: Int, height: Int, in rect: Rect) throws {
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
              cairo_surface_status(image) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(image) else {
            throw GraphicsError.drawingFailed("Cairo could not create a \(width)×\(height) image")
        }
        defer { cairo_surface_destroy(image) }
        cairo_surface_flush(image)
        let stride = Int(cairo_image_surface_get_stride(image))
        let words = UnsafeMutableRawPointer(data)
        for row in 0..<height {
            for column in 0..<width {
                let value = UInt32(pixels[row * width + column])
                words.storeBytes(of: 0xFF00_0000 | value << 16 | value << 8 | value,
                                 toByteOffset: row * stride + column * 4, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(image)
        cairo_save(context)
        cairo_translate(context, rect.x, rect.y)
        cairo_scale(context, rect.width / Double(width), rect.height / Double(height))
        cairo_set_source_surface(context, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_NEAREST)
        cairo_rectangle(context, 0, 0, Double(width), Double(height))
        cairo_fill(context)
        cairo_restore(context)
    }

    /// The drawn surface as straight RGBA8: Cairo stores premultiplied alpha in native-endian
    /// 32-bit words (B, G, R, A in memory on little-endian), libpng wants R, G, B, A straight.
    func pixelImage() throws -> PixelImage {
        cairo_surface_flush(surface)
        guard cairo_status(context) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw GraphicsError.drawingFailed(String(cString: cairo_status_to_string(cairo_status(context))))
        }
        let pixelWidth = width * scale, pixelHeight = height * scale
        let stride = Int(cairo_image_surface_get_stride(surface))
        let source = UnsafeRawPointer(data)
        var pixels = [UInt8](repeating: 0, count: pixelWidth * pixelHeight * 4)
        pixels.withUnsafeMutableBufferPointer { output in
            for row in 0..<pixelHeight {
                for column in 0..<pixelWidth {
                    let word = source.load(fromByteOffset: row * stride + column * 4, as: UInt32.self)
                    let alpha = word >> 24
                    let target = (row * pixelWidth + column) * 4
                    var red = (word >> 16) & 0xFF, green = (word >> 8) & 0xFF, blue = word & 0xFF
                    if alpha == 0 {
                        red = 0; green = 0; blue = 0
                    } else if alpha < 255 {
                        red = min((red * 255 + alpha / 2) / alpha, 255)
                        green = min((green * 255 + alpha / 2) / alpha, 255)
                        blue = min((blue * 255 + alpha / 2) / alpha, 255)
                    }
                    output[target] = UInt8(red)
                    output[target + 1] = UInt8(green)
                    output[target + 2] = UInt8(blue)
                    output[target + 3] = UInt8(alpha)
                }
            }
        }
        return try PixelImage(width: pixelWidth, height: pixelHeight, format: .rgba8, pixels: pixels)
    }

    // MARK: state

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private func setFont(size: Double, bold: Bool) {
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }
}
