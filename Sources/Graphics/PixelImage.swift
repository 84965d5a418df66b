/// A raster of 8-bit samples in straight (not premultiplied) form, rows packed top to bottom.
/// This is the currency between the Cairo canvas and the PNG codec, and what tests inspect.
public struct PixelImage: Equatable, Sendable {
    /// How the samples of one pixel are laid out.
    public enum Format: Int, Sendable {
        /// One byte per pixel, 0 black to 255 white.
        case gray8 = 1
        /// Four bytes per pixel: red, green, blue, alpha (straight alpha).
        case rgba8 = 4

        /// Bytes per pixel.
        public var channels: Int { rawValue }
    }

    public let width: Int
    public let height: Int
    public let format: Format
    /// `width * height * format.channels` bytes.
    public let pixels: [UInt8]

    /// Wraps `pixels`; throws when their count does not match `width × height × channels`.
    public init(width: Int, height: Int, format: Format, pixels: [UInt8]) throws {
        guard width > 0, height > 0 else {
            throw GraphicsError.invalidInput(chart: "PixelImage", detail: "size \(width)×\(height) must be positive")
        }
        guard pixels.count == width * height * format.channels else {
            throw GraphicsError.invalidInput(
                chart: "PixelImage",
                detail: "\(pixels.count) bytes given, \(width)×\(height)×\(format.channels) expected")
        }
        self.width = width
        self.height = height
        self.format = format
        self.pixels = pixels
    }

    /// The samples of the pixel at column `x`, row `y` (1 value for gray, 4 for RGBA).
    public func pixel(x: Int, y: Int) -> [UInt8] {
        let start = (y * width + x) * format.channels
        return Array(pixels[start..<start + format.channels])
    }
}
