/// Where a run-time error inside a function came from: each call the failing code ran under adds
/// a note at the call (`nb.md:13:7: note: called from here`), innermost first, so an error
/// located in the function's own cell also shows the line of the cell that called it. A call on
/// the line already shown (a closure given to `map` on the error's own line, recursion's repeated
/// calls from one line) adds nothing, and at most `limit` calls are noted.
extension LocatedError {
    static let calledFrom = "called from here"
    private static let limit = 5

    func calledFrom(_ call: Loc) -> LocatedError {
        guard kind == .runtime, call.cell >= 0 else { return self }
        let calls = notes.filter { $0.0 == Self.calledFrom }
        guard calls.count < Self.limit else { return self }
        let shown = calls.last?.1 ?? loc
        guard shown.cell != call.cell || shown.line != call.line else { return self }
        var noted = self
        noted.notes.append((Self.calledFrom, call))
        return noted
    }
}
