import Foundation

/// KaTeX, from Debian's `libjs-katex` (`/usr/share/javascript/katex`), for pages with math.
///
/// Without `--embed` the script, stylesheet and WOFF2 fonts are copied beside the page under
/// `<name>_files/katex/` and linked; with `--embed` the script and stylesheet are inlined and the
/// fonts become `data:` URIs, so the page stays one offline file. Only the WOFF2 fonts are kept:
/// every current browser reads them, and the stylesheet's WOFF/TTF fallbacks are removed.
public struct MathAssets {
    /// Where KaTeX is installed; `NOTEBOOK_KATEX_DIR` overrides the Debian location.
    public static var installedDirectory: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["NOTEBOOK_KATEX_DIR"] ?? "/usr/share/javascript/katex",
            isDirectory: true)
    }

    let source: URL

    init(source: URL = MathAssets.installedDirectory) {
        self.source = source
    }

    /// Whether KaTeX's script and stylesheet are present.
    var isInstalled: Bool {
        FileManager.default.fileExists(atPath: source.appendingPathComponent("katex.min.js").path)
            && FileManager.default.fileExists(atPath: source.appendingPathComponent("katex.min.css").path)
    }

    /// The stylesheet with only the WOFF2 source of each font, each font URL rewritten by `fontURL`.
    func stylesheet(fontURL: (String) throws -> String) throws -> String {
        let css = try read("katex.min.css")
        let fallbacks = try NSRegularExpression(pattern: #",url\(fonts/[^)]+\.(woff|ttf)\) format\('(woff|truetype)'\)"#)
        let trimmed = fallbacks.stringByReplacingMatches(in: css, range: NSRange(css.startIndex..., in: css), withTemplate: "")
        var result = ""
        var rest = Substring(trimmed)
        while let start = rest.range(of: "url(fonts/"), let end = rest[start.upperBound...].firstIndex(of: ")") {
            result += rest[..<start.lowerBound]
            result += "url(\(try fontURL(String(rest[start.upperBound..<end]))))"
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The script. Unicode non-characters (U+FFFE, U+FFFF, U+FDD0…U+FDEF), which HTML forbids
    /// in a page, are written as `\uXXXX` escapes: in KaTeX they only occur inside string and
    /// regular-expression literals, where the escape means the same character.
    func script() throws -> String {
        var script = ""
        for scalar in try read("katex.min.js").unicodeScalars {
            let value = scalar.value
            if value == 0xFFFE || value == 0xFFFF || (0xFDD0...0xFDEF).contains(value) {
                script += "\\u" + String(value, radix: 16)
            } else {
                script.unicodeScalars.append(scalar)
            }
        }
        return script
    }

    /// The WOFF2 font files' names.
    func fontNames() throws -> [String] {
        let fonts = source.appendingPathComponent("fonts")
        do {
            return try FileManager.default.contentsOfDirectory(atPath: fonts.path).filter { $0.hasSuffix(".woff2") }.sorted()
        } catch {
            throw ReportError.unreadableFile(path: fonts.path, reason: error.localizedDescription)
        }
    }

    func fontData(_ name: String) throws -> Data {
        try data(source.appendingPathComponent("fonts").appendingPathComponent(name))
    }

    /// Copies script, stylesheet and fonts into `directory` (`<output>/<name>_files/katex`).
    func copy(to directory: URL) throws {
        try AtomicFile.write(Data(try script().utf8), to: directory.appendingPathComponent("katex.min.js"))
        try AtomicFile.write(Data(try stylesheet { "fonts/\($0)" }.utf8), to: directory.appendingPathComponent("katex.min.css"))
        for name in try fontNames() {
            try AtomicFile.write(try fontData(name), to: directory.appendingPathComponent("fonts").appendingPathComponent(name))
        }
    }

    private func read(_ name: String) throws -> String {
        String(decoding: try data(source.appendingPathComponent(name)), as: UTF8.self)
    }

    private func data(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReportError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
    }
}
