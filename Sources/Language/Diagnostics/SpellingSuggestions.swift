/// Fix-its for names a cell got wrong: the Swift spelling of a Python name when it exists
/// ("use 'batchSize:'", "use 'zeroGrad()'", "use 'true'"), otherwise the nearest known name
/// by edit distance ("did you mean 'activation:'?").
///
/// Shared by every pass that reports an unknown name: the resolver (undefined names), the
/// static call check (labels, methods, `torch.` paths) and the type checker.
public enum SpellingSuggestions {
    /// What to suggest for a wrong name.
    public enum Suggestion: Equatable {
        /// The Swift spelling of a Python name (`batch_size` → `batchSize`, `None` → `nil`).
        case swiftSpelling(String)
        /// A known name a typo away.
        case nearby(String)

        public var name: String {
            switch self {
            case .swiftSpelling(let name), .nearby(let name): return name
            }
        }

        /// The fix-it text, with the name decorated as it is written (`"batchSize:"`, `"zeroGrad()"`).
        public func fixIt(written decorate: (String) -> String = { $0 }) -> String {
            switch self {
            case .swiftSpelling(let name): return "use '\(decorate(name))'"
            case .nearby(let name): return "did you mean '\(decorate(name))'?"
            }
        }
    }

    /// Python words whose Swift spelling is another word.
    static let pythonWords: [String: String] = ["True": "true", "False": "false", "None": "nil"]

    /// PyTorch functions whose Swift form is not a plain call: `torch.no_grad()` is a block.
    static let pythonForms: [String: String] = ["no_grad": "noGrad { }", "noGrad": "noGrad { }"]

    /// The suggestion for `name` among `candidates` (the names that would be valid here), or nil.
    public static func suggestion<Names: Sequence>(for name: String, among candidates: Names) -> Suggestion?
    where Names.Element == String {
        let known = Set(candidates)
        if let word = pythonWords[name] { return .swiftSpelling(word) }
        if let swift = camelCase(name), swift != name, known.contains(swift) { return .swiftSpelling(pythonForms[name] ?? swift) }
        if let match = known.first(where: { $0 != name && $0.lowercased() == name.lowercased() }) {
            return .nearby(match)
        }
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        // An operator (`%`, `+`) is never what a misspelt word meant, nor a word what an operator meant.
        let isWord = { (text: String) in text.first.map { $0.isLetter || $0 == "_" } ?? false }
        for candidate in known.sorted() where !candidate.hasPrefix("$") && candidate != name && isWord(candidate) == isWord(name) {
            let distance = EditDistance.between(name.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best.map { .nearby($0.name) }
    }

    /// Python's snake_case as Swift's camelCase (`batch_size` → `batchSize`, `zero_grad` →
    /// `zeroGrad`, `log_softmax` → `logSoftmax`); nil when `name` has no inner underscore.
    public static func camelCase(_ name: String) -> String? {
        let parts = name.split(separator: "_", omittingEmptySubsequences: true)
        guard parts.count > 1 else { return nil }
        return String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The Swift form of a PyTorch function written with its Python name (`no_grad` → `noGrad { }`).
    static func pythonForm(of name: String) -> String? { pythonForms[name] }
}
