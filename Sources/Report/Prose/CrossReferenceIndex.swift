/// Numbers for the cells that cross-references can point at: a cell labelled `fig-…` is
/// "Figure N" and one labelled `tbl-…` is "Table N", counted separately in document order.
/// Such a cell's anchor is its label itself, so `#fig-keras-curve` is a link that works.
struct CrossReferenceIndex {
    struct Target: Equatable {
        /// "Figure 3" or "Table 1".
        var name: String
        var anchor: String
    }

    private var targets: [String: Target] = [:]
    private var labels: [String] = []

    init(cells: [CellReport]) {
        var figures = 0
        var tables = 0
        for cell in cells where targets[cell.id] == nil {
            if cell.id.hasPrefix("fig-") {
                figures += 1
                targets[cell.id] = Target(name: "Figure \(figures)", anchor: cell.id)
            } else if cell.id.hasPrefix("tbl-") {
                tables += 1
                targets[cell.id] = Target(name: "Table \(tables)", anchor: cell.id)
            } else {
                continue
            }
            labels.append(cell.id)
        }
    }

    func target(_ label: String) -> Target? { targets[label] }

    /// What the message about an unknown label suggests.
    var knownLabelsText: String {
        labels.isEmpty
            ? "no cell is labelled fig-… or tbl-…"
            : "labels that can be referenced: " + labels.map { "@" + $0 }.joined(separator: ", ")
    }
}

/// The front matter's `references:`, numbered in the order they are listed; `[@key]` cites one.
struct CitationIndex {
    let references: [Reference]

    func number(of key: String) -> Int? {
        references.firstIndex { $0.key == key }.map { $0 + 1 }
    }

    var knownKeysText: String {
        references.isEmpty
            ? "the front matter lists no references"
            : "references: " + references.map(\.key).joined(separator: ", ")
    }
}
