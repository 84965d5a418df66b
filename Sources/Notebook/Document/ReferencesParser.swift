import Report
import Yams

/// Reads the front matter's `references:` list: each entry a mapping with `key`, `title` and
/// `url`, and optionally `author` and `year`. Problems are reported at their YAML node.
enum ReferencesParser {
    typealias Reporter = (_ line: Int, _ column: Int, _ message: String) -> Void

    static func references(_ node: Node, report: Reporter) -> [Reference] {
        let locate = { (node: Node) in ((node.mark?.line ?? 1) + 1, node.mark?.column ?? 1) }
        guard let sequence = node.sequence else {
            let (line, column) = locate(node)
            report(line, column, "references must be a list of entries with key, title and url")
            return []
        }
        var references: [Reference] = []
        var keys: Set<String> = []
        for entry in sequence {
            let (line, column) = locate(entry)
            guard let mapping = entry.mapping else {
                report(line, column, "a reference must be a mapping with key, title and url")
                continue
            }
            var fields: [String: String] = [:]
            for (keyNode, valueNode) in mapping {
                let name = keyNode.string ?? ""
                guard ["key", "title", "url", "author", "year"].contains(name) else {
                    let (keyLine, keyColumn) = locate(keyNode)
                    report(keyLine, keyColumn, "unknown reference field '\(name)'; known fields: key, title, url, author, year")
                    continue
                }
                fields[name] = valueNode.scalar?.string
            }
            let missing = ["key", "title", "url"].filter { (fields[$0] ?? "").isEmpty }
            guard missing.isEmpty, let key = fields["key"], let title = fields["title"], let url = fields["url"] else {
                report(line, column, "reference needs \(missing.joined(separator: ", "))")
                continue
            }
            guard keys.insert(key).inserted else {
                report(line, column, "reference key '\(key)' is listed twice")
                continue
            }
            references.append(Reference(key: key, title: title, url: url, author: fields["author"], year: fields["year"]))
        }
        return references
    }
}
