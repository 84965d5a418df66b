/// Turns heading text into stable, unique HTML ids, GitHub style: lower case, letters, digits,
/// `_` and `-` kept, spaces become `-`, everything else dropped; a repeated slug gets
/// `-1`, `-2`, … The same document always yields the same ids, so links into the article
/// survive re-runs.
struct HeadingSlugger {
    private var used: Set<String>

    /// `reserved` ids are never handed out (e.g. the ids of cell sections and footnotes).
    init(reserved: Set<String> = []) {
        used = reserved
    }

    mutating func uniqueID(for text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" || character == "-" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        if slug.isEmpty { slug = "section" }
        var candidate = slug
        var suffix = 1
        while used.contains(candidate) {
            candidate = "\(slug)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
