import XCTest
@testable import Graphics

final class PNGCodecTests: XCTestCase {
    private func gradientRGBA(width: Int, height: Int) throws -> PixelImage {
        var pixels: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width { pixels += [UInt8(x % 256), UInt8(y % 256), UInt8((x * y) % 256), UInt8((x + y) % 256)] }
        }
        return try PixelImage(width: width, height: height, format: .rgba8, pixels: pixels)
    }

    func testRGBAWriteThenReadGivesEqualPixelsAndText() throws {
        let image = try gradientRGBA(width: 37, height: 23)
        let bytes = try PNGCodec.encode(image, text: [("Title", "gradient"), ("Source", "test — ünïcode")])
        let decoded = try PNGCodec.decode(bytes)
        XCTAssertEqual(decoded.image, image)
        XCTAssertEqual(decoded.text(for: "Title"), "gradient")
        XCTAssertEqual(decoded.text(for: "Source"), "test — ünïcode")
    }

    func testGrayWriteThenReadStaysGray() throws {
        let image = try PixelImage(width: 28, height: 28, format: .gray8, pixels: (0..<784).map { UInt8($0 % 256) })
        let decoded = try PNGCodec.decode(try PNGCodec.encode(image))
        XCTAssertEqual(decoded.image.format, .gray8)
        XCTAssertEqual(decoded.image, image)
    }

    func testEncodingIsDeterministicAndHasNoTimestamp() throws {
        let image = try gradientRGBA(width: 64, height: 64)
        let first = try PNGCodec.encode(image, text: [("Software", "x")], pixelsPerMetre: 5669)
        let second = try PNGCodec.encode(image, text: [("Software", "x")], pixelsPerMetre: 5669)
        XCTAssertEqual(first, second)
        let types = chunkTypes(first)
        XCTAssertEqual(types.first, "IHDR")
        XCTAssertEqual(types.last, "IEND")
        XCTAssertTrue(types.contains("tEXt"))
        XCTAssertTrue(types.contains("pHYs"))
        XCTAssertFalse(types.contains("tIME"))
    }

    func testTruncatedPNGIsAnErrorAtEveryCut() throws {
        let bytes = try PNGCodec.encode(try gradientRGBA(width: 40, height: 30))
        for cut in [0, 4, 8, 16, 33, 50, bytes.count / 2, bytes.count - 13] {
            XCTAssertThrowsError(try PNGCodec.decode(Array(bytes.prefix(cut))), "cut at \(cut)") { error in
                guard case GraphicsError.decodingFailed = error else { return XCTFail("\(error)") }
            }
        }
    }

    func testCorruptedBytesAreAnError() throws {
        let bytes = try PNGCodec.encode(try gradientRGBA(width: 40, height: 30))
        guard let idat = chunkOffset(of: "IDAT", in: bytes) else { return XCTFail("no IDAT") }
        var corrupted = bytes
        corrupted[idat + 8 + 5] ^= 0xFF  // a byte of compressed data: the chunk CRC no longer matches
        XCTAssertThrowsError(try PNGCodec.decode(corrupted))
        var badHeader = bytes
        badHeader[16] = 0xFF  // width byte inside IHDR
        XCTAssertThrowsError(try PNGCodec.decode(badHeader))
    }

    func testRandomByteDamageNeverCrashes() throws {
        let bytes = try PNGCodec.encode(try gradientRGBA(width: 20, height: 20), text: [("Title", "x")])
        var generator = SplitMix64(seed: 7)
        var failures = 0
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<3 { damaged[Int.random(in: 8..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            do { _ = try PNGCodec.decode(damaged) } catch { failures += 1 }
        }
        XCTAssertGreaterThan(failures, 200, "CRC checks catch nearly every damaged chunk")
    }

    func testNonPNGInputIsAnError() {
        XCTAssertThrowsError(try PNGCodec.decode([])) { error in
            XCTAssertTrue("\(error)".contains("signature"), "\(error)")
        }
        XCTAssertThrowsError(try PNGCodec.decode(Array("GIF89a not a png at all".utf8)))
    }

    func testPixelCountMismatchIsAnError() {
        XCTAssertThrowsError(try PixelImage(width: 2, height: 2, format: .rgba8, pixels: [0, 0, 0]))
    }

    private func chunkOffset(of type: String, in bytes: [UInt8]) -> Int? {
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self) == type { return offset }
            offset += 12 + length
        }
        return nil
    }
}

/// A seeded generator (SplitMix64), so the damage test damages the same bytes on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
