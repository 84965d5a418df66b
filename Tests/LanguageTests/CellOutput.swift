@testable import Language

/// Runs `source` as a cell whose first line is line 11 of `nb.md`; returns what it printed and
/// its error, rendered as users see it.
func cellOutput(_ source: String) -> String {
    var printed = ""
    let session = Session(bindings: Bindings()) { printed += $0 }
    do {
        _ = try session.run(CellSource(source, file: "nb.md", lineOffset: 10))
        return printed
    } catch {
        return printed + String(describing: error)
    }
}
