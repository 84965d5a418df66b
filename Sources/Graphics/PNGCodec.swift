import CPNGBridge
import Foundation

/// PNG encoding and decoding through libpng (via the `CPNGBridge` C target, which keeps libpng's
/// longjmp error reporting out of Swift frames).
///
/// Encoding is deterministic: no tIME chunk is written, so equal pixels and text give equal bytes.
public enum PNGCodec {
    /// A decoded PNG: its pixels (8-bit gray or RGBA) and its text chunks in file order.
    public struct Decoded: Sendable {
        public let image: PixelImage
        public let text: [(key: String, value: String)]

        /// The text of the first chunk with this keyword, if any.
        public func text(for key: String) -> String? { text.first { $0.key == key }?.value }
    }

    /// Encodes `image` as a PNG with the given text chunks (keywords of 1–79 Latin-1 characters;
    /// ASCII values become tEXt chunks, others UTF-8 iTXt chunks).
    /// `pixelsPerMetre` adds a pHYs chunk (5669 ≈ 144 dpi for a 2× figure); nil writes none.
    public static func encode(_ image: PixelImage, text: [(key: String, value: String)] = [],
                              pixelsPerMetre: Int? = nil) throws -> [UInt8] {
        for entry in text where entry.key.isEmpty || entry.key.utf8.count > 79 {
            throw GraphicsError.encodingFailed("text keyword '\(entry.key)' must have 1 to 79 characters")
        }
        let keys = text.map { strdup($0.key) }
        let values = text.map { strdup($0.value) }
        defer {
            keys.forEach { free($0) }
            values.forEach { free($0) }
        }
        let chunks = text.indices.map { index in
            pngbridge_text(key: keys[index], text: values[index],
                           utf8: text[index].value.utf8.allSatisfy { $0 < 0x80 } ? 0 : 1)
        }
        var output: UnsafeMutablePointer<UInt8>?
        var outputSize = 0
        var message = [CChar](repeating: 0, count: 256)
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            chunks.withUnsafeBufferPointer { chunkBuffer in
                pngbridge_encode(pixels.baseAddress, UInt32(image.width), UInt32(image.height),
                                 Int32(image.format.channels), chunkBuffer.baseAddress, Int32(chunks.count),
                                 UInt32(pixelsPerMetre ?? 0), &output, &outputSize, &message, message.count)
            }
        }
        guard status == 0, let output else {
            throw GraphicsError.encodingFailed(String(cString: message))
        }
        defer { pngbridge_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: outputSize))
    }

    /// Decodes PNG bytes. Palette, 16-bit, gray+alpha and RGB images come back as RGBA8; plain gray
    /// as Gray8. A corrupt, truncated or non-PNG input throws `GraphicsError.decodingFailed`.
    public static func decode(_ bytes: [UInt8]) throws -> Decoded {
        var decoded = pngbridge_image()
        var message = [CChar](repeating: 0, count: 256)
        let status = bytes.withUnsafeBufferPointer { buffer in
            pngbridge_decode(buffer.baseAddress, buffer.count, &decoded, &message, message.count)
        }
        guard status == 0 else { throw GraphicsError.decodingFailed(String(cString: message)) }
        defer { pngbridge_image_free(&decoded) }
        let format: PixelImage.Format = decoded.channels == 1 ? .gray8 : .rgba8
        let count = Int(decoded.width) * Int(decoded.height) * format.channels
        let pixels = Array(UnsafeBufferPointer(start: decoded.pixels, count: count))
        var text: [(key: String, value: String)] = []
        for index in 0..<Int(decoded.text_count) {
            guard let key = decoded.keys[index], let value = decoded.texts[index] else { continue }
            text.append((String(cString: key), String(cString: value)))
        }
        let image = try PixelImage(width: Int(decoded.width), height: Int(decoded.height),
                                   format: format, pixels: pixels)
        return Decoded(image: image, text: text)
    }
}
