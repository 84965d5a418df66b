import Language

/// Finds `params.name` references to parameters the front matter does not declare, so that
/// `notebook check` reports them before anything runs (the interpreter only meets them at run
/// time). The references are the resolver's: a `params` that names a local or a global is not the
/// namespace, and comments and strings are never code.
enum ParameterReferences {
    /// The namespace cells read parameters from.
    static let namespace = "params"

    /// The parameters `cell` reads, sorted, each once.
    static func read(by cell: CompiledCell) -> [String] {
        Set(cell.namespaceMembers.filter { $0.namespace == namespace }.map(\.member)).sorted()
    }

    /// One compiler-style problem per read of an undeclared parameter, at the parameter's name.
    static func unknown(in cell: CompiledCell, declared: [String]) -> [String] {
        let lines = cell.source.text.split(separator: "\n", omittingEmptySubsequences: false)
        let hint = declared.isEmpty ? "the notebook declares no parameters" : "declared: " + declared.joined(separator: ", ")
        return cell.namespaceMembers.filter { $0.namespace == namespace && !declared.contains($0.member) }.map { use in
            let index = use.location.line - cell.source.lineOffset - 1
            let line = lines.indices.contains(index) ? String(lines[index]) : ""
            return LanguageError(.resolution, "unknown parameter '\(use.member)' (\(hint))", at: use.location, sourceLine: line)
                .description
        }
    }
}
