import Foundation

/// A cursor over Markdown text that knows its 1-based line and column and the few Markdown
/// shapes `ProseExpander` must step over or pick out.
struct ProseScanner {
    private let characters: [Character]
    private var index = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: String) {
        characters = Array(text)
    }

    func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    func hasPrefix(_ prefix: String) -> Bool {
        var offset = 0
        for character in prefix {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    var atLineStart: Bool { index == 0 || characters[index - 1] == "\n" }

    /// Whether the character before the cursor lets an `@` start a cross-reference (not an
    /// e-mail address or a word).
    var previousAllowsReference: Bool {
        guard index > 0 else { return true }
        let previous = characters[index - 1]
        return !(previous.isLetter || previous.isNumber || previous == "_" || previous == "." || previous == "@")
    }

    /// Moves past `count` characters and returns them.
    @discardableResult
    mutating func take(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            guard let character = peek() else { break }
            text.append(character)
            index += 1
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return text
    }

    /// The fence (e.g. "```" or "~~~~") if a fenced code block opens here: up to three spaces,
    /// then three or more backticks or tildes.
    func fenceOpening() -> String? {
        var offset = 0
        while peek(offset) == " ", offset < 3 { offset += 1 }
        guard let mark = peek(offset), mark == "`" || mark == "~" else { return nil }
        var count = 0
        while peek(offset + count) == mark { count += 1 }
        return count >= 3 ? String(repeating: String(mark), count: count) : nil
    }

    /// The whole fenced block from here to its closing fence (or the end), verbatim.
    mutating func takeFencedBlock(_ fence: String) -> String {
        var text = takeLine()
        while peek() != nil {
            let closes = fenceOpening().map { $0.first == fence.first && $0.count >= fence.count } ?? false
            text += takeLine()
            if closes { break }
        }
        return text
    }

    private mutating func takeLine() -> String {
        var count = 0
        while let character = peek(count), character != "\n" { count += 1 }
        return take(peek(count) == nil ? count : count + 1)
    }

    /// A code span verbatim: a run of backticks up to the next run of the same length. A run
    /// with no partner is literal backticks.
    mutating func takeCodeSpan() -> String {
        var runLength = 0
        while peek(runLength) == "`" { runLength += 1 }
        var offset = runLength
        while let character = peek(offset) {
            if character == "`" {
                var closing = 0
                while peek(offset + closing) == "`" { closing += 1 }
                if closing == runLength { return take(offset + closing) }
                offset += closing
            } else {
                offset += 1
            }
        }
        return take(runLength)
    }

    /// The text between `open` here and the next `close`, moving past both; nil (and no move)
    /// when `close` never comes or the text is empty.
    mutating func takeDelimited(open: String, close: String) -> String? {
        var offset = open.count
        var inner = ""
        while peek(offset) != nil {
            if matches(close, at: offset) {
                guard !inner.isEmpty else { return nil }
                take(offset + close.count)
                return inner
            }
            inner.append(peek(offset)!)
            offset += 1
        }
        return nil
    }

    /// `$tex$` as Pandoc reads it: the opening `$` is followed by a non-space, the closing one
    /// follows a non-space and is not followed by a digit (so "$5 and $6" stays text), and the
    /// span stays within its paragraph and out of code spans.
    mutating func takeInlineMath() -> String? {
        guard let first = peek(1), !first.isWhitespace, first != "$" else { return nil }
        var offset = 1
        var inner = ""
        while let character = peek(offset) {
            if character == "\\", let escaped = peek(offset + 1) {
                inner.append(character)
                inner.append(escaped)
                offset += 2
                continue
            }
            if character == "`" || (character == "\n" && peek(offset + 1) == "\n") { return nil }
            if character == "$" {
                let closes = !(inner.last?.isWhitespace ?? true) && !(peek(offset + 1)?.isNumber ?? false)
                guard closes else { return nil }
                take(offset + 1)
                return inner
            }
            inner.append(character)
            offset += 1
        }
        return nil
    }

    /// `@fig-label` or `@tbl-label`: the label without the `@`, a trailing `-` or `_` excluded.
    mutating func takeReferenceLabel() -> String? {
        guard hasPrefix("@fig-") || hasPrefix("@tbl-") else { return nil }
        var label = ""
        var offset = 1
        while let character = peek(offset), character.isLetter || character.isNumber || character == "-" || character == "_" {
            label.append(character)
            offset += 1
        }
        while label.last == "-" || label.last == "_" { label.removeLast() }
        guard label.count > 4 else { return nil }
        take(1 + label.count)
        return label
    }

    /// `[@key]` or `[@a; @b]`: the keys, in order.
    mutating func takeCitation() -> [String]? {
        var offset = 1
        var inner = ""
        while let character = peek(offset), character != "]" {
            guard character != "\n", character != "[" else { return nil }
            inner.append(character)
            offset += 1
        }
        guard peek(offset) == "]" else { return nil }
        var keys: [String] = []
        for part in inner.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("@"), trimmed.count > 1,
                  trimmed.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return nil }
            keys.append(String(trimmed.dropFirst()))
        }
        guard !keys.isEmpty else { return nil }
        take(offset + 1)
        return keys
    }

    private func matches(_ text: String, at offset: Int) -> Bool {
        var position = offset
        for character in text {
            guard peek(position) == character else { return false }
            position += 1
        }
        return true
    }
}
