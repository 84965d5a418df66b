import Foundation

/// A printf-style pattern for one Double (`"%.2f"`, `"%.1f s"`, `"%.1f%%"`), checked before use
/// so a wrong pattern is an error and never reaches `String(format:)` with a mismatched argument.
struct ValueFormat {
    let pattern: String

    /// Accepts exactly one `%[flags][width][.precision]{f,e,g}` conversion; `%%` is a literal percent.
    init(_ pattern: String, chart: String) throws {
        var conversions = 0
        var characters = pattern.makeIterator()
        while let character = characters.next() {
            guard character == "%" else { continue }
            var next = characters.next()
            if next == "%" { continue }
            while let flag = next, "-+ 0#".contains(flag) { next = characters.next() }
            while let digit = next, digit.isASCII, digit.isNumber { next = characters.next() }
            if next == "." {
                next = characters.next()
                while let digit = next, digit.isASCII, digit.isNumber { next = characters.next() }
            }
            guard let kind = next, "feEgG".contains(kind) else {
                throw GraphicsError.invalidInput(chart: chart, detail: "value format '\(pattern)' must use %f, %e or %g")
            }
            conversions += 1
        }
        guard conversions == 1 else {
            throw GraphicsError.invalidInput(chart: chart, detail: "value format '\(pattern)' must hold exactly one number conversion")
        }
        self.pattern = pattern
    }

    func callAsFunction(_ value: Double) -> String { String(format: pattern, value) }
}
