/// The one place where text becomes HTML for content the renderer builds itself (highlighted
/// code, verbatim code blocks, an inline expression's failure). Values passed to the Mustache templates are escaped by the
/// templates' `{{ }}` instead.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, which is enough for text and quoted attributes.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
