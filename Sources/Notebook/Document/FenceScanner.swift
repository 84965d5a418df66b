/// Finds fenced code blocks line by line, following CommonMark's fence rules: an opening fence is
/// at most 3 spaces of indentation then at least three backticks or tildes (a backtick fence's info
/// string may not contain a backtick); it closes at a line of the same character, at least as
/// long, indented at most 3 spaces, with nothing but spaces after it. Everything between — even
/// shorter or other-character fences, such as a ```swift example inside a ````markdown block —
/// is content.
struct FenceScanner {
    /// An opening fence line.
    struct Fence: Equatable {
        let character: Character
        let length: Int
        let indentation: Int
        let info: String
    }

    /// A block found in `lines`: indices of the opening and closing fence lines
    /// (`closingIndex` is nil when the block runs to the end without closing).
    struct Block {
        let fence: Fence
        let openingIndex: Int
        let closingIndex: Int?
    }

    /// All top-level fenced blocks of `lines`, in order.
    static func blocks(in lines: [Substring]) -> [Block] {
        var found: [Block] = []
        var index = 0
        while index < lines.count {
            guard let fence = openingFence(lines[index]) else {
                index += 1
                continue
            }
            let closing = (index + 1..<lines.count).first { closes(fence, lines[$0]) }
            found.append(Block(fence: fence, openingIndex: index, closingIndex: closing))
            index = (closing ?? lines.count) + 1
        }
        return found
    }

    /// The fence that `line` opens, if it is an opening fence.
    static func openingFence(_ line: Substring) -> Fence? {
        let indentation = line.prefix { $0 == " " }.count
        guard indentation <= 3 else { return nil }
        let rest = line.dropFirst(indentation)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingSpaces()
        if character == "`" && info.contains("`") { return nil }
        return Fence(character: character, length: length, indentation: indentation, info: String(info))
    }

    /// Whether `line` closes `fence`.
    static func closes(_ fence: Fence, _ line: Substring) -> Bool {
        let indentation = line.prefix { $0 == " " }.count
        guard indentation <= 3 else { return false }
        let rest = line.dropFirst(indentation)
        let length = rest.prefix { $0 == fence.character }.count
        return length >= fence.length && rest.dropFirst(length).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// `line` without up to `count` leading spaces (how CommonMark strips a fence's indentation
    /// from its content lines).
    static func removingIndentation(_ line: Substring, upTo count: Int) -> Substring {
        line.dropFirst(min(count, line.prefix { $0 == " " }.count))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
