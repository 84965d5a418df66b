import Foundation

/// Where progress text goes (stderr in the command), and what it can do: redraw a line in place
/// only on a terminal, colour only on a terminal without `NO_COLOR` set.
public final class Console: @unchecked Sendable {
    /// True when the stream is a terminal: a live progress bar is redrawn in place.
    public let isTerminal: Bool
    /// True when ANSI colours may be used (a terminal, and `NO_COLOR` unset or empty).
    public let useColor: Bool
    private let sink: (String) -> Void
    private let lock = NSLock()

    public init(isTerminal: Bool, useColor: Bool, write: @escaping (String) -> Void) {
        self.isTerminal = isTerminal
        self.useColor = useColor && isTerminal
        self.sink = write
    }

    /// Standard error, with terminal and colour detection (https://no-color.org).
    public static func standardError(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        let terminal = isatty(STDERR_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return Console(isTerminal: terminal, useColor: !noColor) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Writes `text` as it is (callers add newlines).
    public func write(_ text: String) {
        lock.lock()
        sink(text)
        lock.unlock()
    }

    /// `text` in an ANSI colour when colours are on.
    func colored(_ text: String, _ color: ANSIColor) -> String {
        useColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum ANSIColor: String {
        case green = "32", red = "31", dim = "2", bold = "1"
    }
}
