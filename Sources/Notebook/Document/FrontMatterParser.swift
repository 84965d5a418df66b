import Yams

/// Reads the YAML front matter at the top of a notebook with Yams, keeping every error at its
/// line in the Markdown file (YAML line n is Markdown line n + 1, after the opening `---`).
struct FrontMatterParser {
    let file: String
    private(set) var diagnostics: [DocumentDiagnostic] = []

    init(file: String) { self.file = file }

    /// Whether `line` is a front matter delimiter (`---`, trailing spaces allowed).
    static func isDelimiter(_ line: Substring) -> Bool { line.trimmingSpaces() == "---" }

    /// The front matter and the index of the first body line. Without a leading `---` the
    /// front matter is the default and the body starts at line 0.
    mutating func parse(_ lines: [Substring]) -> (frontMatter: FrontMatter, bodyStart: Int) {
        guard let first = lines.first, FrontMatterParser.isDelimiter(first) else { return (FrontMatter(), 0) }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces() == "---" || lines[$0].trimmingSpaces() == "..." }) else {
            report(1, 1, "front matter is not closed: add a '---' line after it")
            return (FrontMatter(), lines.count)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        return (read(yaml), closing + 1)
    }

    private mutating func read(_ yaml: String) -> FrontMatter {
        var frontMatter = FrontMatter()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            reportYAML(error)
            return frontMatter
        } catch {
            report(2, 1, "invalid YAML in front matter: \(error)")
            return frontMatter
        }
        guard let root else { return frontMatter }
        guard let mapping = root.mapping else {
            report(line(of: root), column(of: root), "front matter must be a mapping of keys to values")
            return frontMatter
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": frontMatter.article.title = text(value, key)
            case "subtitle": frontMatter.article.subtitle = text(value, key)
            case "author": frontMatter.article.author = text(value, key)
            case "date": frontMatter.article.date = text(value, key)
            case "seed":
                if let seed = value.tag.description == Tag.Name.int.rawValue ? value.int : nil, seed >= 0 {
                    frontMatter.seed = seed
                } else {
                    report(line(of: value), column(of: value), "seed must be a whole number ≥ 0")
                }
            case "params": frontMatter.params = params(value)
            default:
                report(line(of: keyNode), column(of: keyNode),
                       "unknown front matter key '\(key)'; known keys: \(FrontMatter.keys.joined(separator: ", "))")
            }
        }
        return frontMatter
    }

    private mutating func text(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            report(line(of: node), column(of: node), "'\(key)' must be a single line of text")
            return nil
        }
        return scalar.string
    }

    private mutating func params(_ node: Node) -> [NotebookParameter] {
        guard let mapping = node.mapping else {
            report(line(of: node), column(of: node), "params must be a mapping of names to values")
            return []
        }
        var params: [NotebookParameter] = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.string ?? ""
            guard FrontMatterParser.isIdentifier(name) else {
                report(line(of: keyNode), column(of: keyNode), "parameter name '\(name)' is not a Swift identifier")
                continue
            }
            guard let value = FrontMatterParser.parameterValue(valueNode) else {
                report(line(of: valueNode), column(of: valueNode),
                       "parameter '\(name)' must have an Int, Double, Bool or String value")
                continue
            }
            params.append(NotebookParameter(name: name, value: value, line: line(of: keyNode)))
        }
        return params
    }

    /// The typed value of a scalar: plain `5` is Int, `0.5` Double, `true` Bool, and anything
    /// else (including every quoted scalar) String. Null and collections have no value.
    static func parameterValue(_ node: Node) -> ParameterValue? {
        guard let scalar = node.scalar else { return nil }
        // `Node.tag` resolves implicit tags (plain `5` becomes int); the scalar's own tag does not.
        switch node.tag.description {
        case Tag.Name.int.rawValue: return node.int.map(ParameterValue.int)
        case Tag.Name.float.rawValue: return node.float.map(ParameterValue.double)
        case Tag.Name.bool.rawValue: return node.bool.map(ParameterValue.bool)
        case Tag.Name.null.rawValue: return nil
        default: return .string(scalar.string)
        }
    }

    /// A letter or underscore, then letters, digits or underscores.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    private func line(of node: Node) -> Int { (node.mark?.line ?? 1) + 1 }
    private func column(of node: Node) -> Int { node.mark?.column ?? 1 }

    private mutating func reportYAML(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            report(mark.line + 1, mark.column, "invalid YAML in front matter: \(problem)\(detail)")
        default:
            report(2, 1, "invalid YAML in front matter: \(error)")
        }
    }

    private mutating func report(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(DocumentDiagnostic(file: file, line: line, column: column, message: message))
    }
}
