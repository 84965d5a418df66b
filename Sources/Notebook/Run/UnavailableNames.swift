import Language

/// The globals later cells cannot use because the cell that defines or changes them failed or
/// was not run: a cell that reads or changes one of them is not run either, and says why
/// ("needs `model` from cell `keras-train`, which failed"); every other cell still runs.
struct UnavailableNames {
    private var origins: [String: (cell: String, failed: Bool)] = [:]

    /// Records that `cell` (which failed, or was not run) did not define or change what it
    /// declares and mutates.
    mutating func mark(_ analysis: CellAnalysis, of cell: String, failed: Bool) {
        for name in analysis.declares + analysis.mutates where origins[name] == nil {
            origins[name] = (cell, failed)
        }
    }

    /// Why a cell with `analysis` cannot run, or nil when everything it needs is there.
    func blocker(of analysis: CellAnalysis) -> String? {
        let needed = Set(analysis.reads + analysis.mutates).sorted()
        guard let name = needed.first(where: { origins[$0] != nil }), let origin = origins[name] else { return nil }
        return "needs `\(name)` from cell `\(origin.cell)`, which \(origin.failed ? "failed" : "was not run")"
    }
}
