@testable import Graphics

/// Reading facts back out of a figure's PNG, the way a reader's browser would see it.
extension PixelImage {
    /// The RGBA bytes at (x, y) of an RGBA image.
    func rgba(_ x: Int, _ y: Int) -> [UInt8] { pixel(x: x, y: y) }

    /// How many pixels have exactly this colour (opaque RGBA).
    func count(of color: Color) -> Int {
        let target = color.rgba8
        var count = 0
        var index = 0
        while index < pixels.count {
            if pixels[index] == target[0] && pixels[index + 1] == target[1]
                && pixels[index + 2] == target[2] && pixels[index + 3] == target[3] { count += 1 }
            index += 4
        }
        return count
    }

    /// How many opaque pixels are within 1 of `color` in each channel (Cairo rounds colours mixed
    /// on the viridis scale to 8 bits its own way).
    func count(near color: Color) -> Int {
        let target = color.rgba8.map(Int.init)
        var count = 0
        var index = 0
        while index < pixels.count {
            if pixels[index + 3] == 255 && abs(Int(pixels[index]) - target[0]) <= 1 && abs(Int(pixels[index + 1]) - target[1]) <= 1
                && abs(Int(pixels[index + 2]) - target[2]) <= 1 { count += 1 }
            index += 4
        }
        return count
    }

    /// Whether (x, y) shows no ink: the white card (its rounded edge partly transparent) or the
    /// transparent surface around it.
    func isBackground(_ x: Int, _ y: Int) -> Bool {
        let pixel = rgba(x, y)
        return pixel[3] == 0 || pixel[0...2] == [255, 255, 255]
    }

    /// The four corner pixels.
    var corners: [[UInt8]] {
        [rgba(0, 0), rgba(width - 1, 0), rgba(0, height - 1), rgba(width - 1, height - 1)]
    }
}

/// Decodes the figure's PNG bytes (so every check goes through the real encoder and decoder).
func decodedPNG(_ figure: Figure) throws -> PNGCodec.Decoded {
    try PNGCodec.decode(try figure.pngData())
}

/// The chunk types of a PNG file in order, read from its bytes.
func chunkTypes(_ bytes: [UInt8]) -> [String] {
    var types: [String] = []
    var offset = 8
    while offset + 8 <= bytes.count {
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        types.append(String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self))
        offset += 12 + length
    }
    return types
}
