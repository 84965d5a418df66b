/// The template context of the reproducibility footer, with the collapsible "Run details":
/// each cell's status and the time the run that computed its outputs took.
struct FooterContextBuilder {
    func context(_ footer: ReproducibilityFooter, cells: [CellReport]) -> [String: Any] {
        var context: [String: Any] = [
            "seed": String(footer.seed),
            "toolVersion": footer.toolVersion,
            "threadCount": String(footer.threadCount),
            "dataFiles": footer.dataFiles.map { ["path": $0.path, "sha256": $0.sha256] },
            "hasDataFiles": !footer.dataFiles.isEmpty,
            "extraLines": footer.extraLines,
            "runDetails": cells.map { ["label": $0.id, "status": CellBadge($0.status).text] },
            "hasRunDetails": !cells.isEmpty,
        ]
        let optional = ["blas": footer.blas, "commit": footer.commit, "runDate": footer.runDate,
                        "system": footer.system, "swiftVersion": footer.swiftVersion]
        for (key, value) in optional {
            if let value, !value.isEmpty { context[key] = value }
        }
        let total = cells.reduce(0.0) { sum, cell in
            if case .ran(let seconds) = cell.status { return sum + seconds }
            return sum
        }
        context["totalTime"] = CellBadge.duration(total)
        return context
    }
}
