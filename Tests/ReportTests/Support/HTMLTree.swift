import Foundation

/// A small, strict HTML tag-tree parser for tests: enough of HTML5 to read the pages the
/// report writes (void elements, `/>`, raw-text `script`/`style`, comments, the doctype and
/// the common character references). Unlike a browser it never repairs markup: an end tag
/// that does not match the open element is an error, so tests also catch broken nesting.
final class HTMLNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [HTMLNode] = []
    /// For text nodes (`name == "#text"`), the decoded text.
    let text: String

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    func append(_ child: HTMLNode) { children.append(child) }

    var isText: Bool { name == "#text" }

    /// All text below this node, in document order.
    var textContent: String {
        isText ? text : children.map(\.textContent).joined()
    }

    var classes: [String] {
        (attributes["class"] ?? "").split(separator: " ").map(String.init)
    }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// Every element below this node (depth first, document order).
    var descendants: [HTMLNode] {
        children.filter { !$0.isText }.flatMap { [$0] + $0.descendants }
    }

    func all(_ tag: String) -> [HTMLNode] { descendants.filter { $0.name == tag } }

    func all(_ tag: String, class className: String) -> [HTMLNode] {
        all(tag).filter { $0.hasClass(className) }
    }

    func first(_ tag: String) -> HTMLNode? { all(tag).first }

    /// Direct element children with this tag.
    func childElements(_ tag: String) -> [HTMLNode] { children.filter { $0.name == tag } }
}

struct HTMLParseError: Error, CustomStringConvertible {
    var description: String
}

enum HTMLTree {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    private static let rawTextElements: Set<String> = ["script", "style"]

    /// Parses a whole page; the returned node is a synthetic `#document` root.
    static func parse(_ html: String) throws -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var stack = [root]
        var rest = Substring(html)
        func addText(_ raw: Substring) {
            guard !raw.isEmpty else { return }
            stack[stack.count - 1].append(HTMLNode(name: "#text", text: decodeEntities(String(raw))))
        }
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                addText(rest)
                break
            }
            addText(rest[..<open])
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { throw HTMLParseError(description: "unclosed comment") }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!") {
                guard let end = rest.firstIndex(of: ">") else { throw HTMLParseError(description: "unclosed doctype") }
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("</") {
                guard let end = rest.firstIndex(of: ">") else { throw HTMLParseError(description: "unclosed end tag") }
                let name = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].trimmingCharacters(in: .whitespaces).lowercased()
                guard stack.count > 1, stack[stack.count - 1].name == name else {
                    throw HTMLParseError(description: "end tag </\(name)> does not match <\(stack.last?.name ?? "")>")
                }
                stack.removeLast()
                rest = rest[rest.index(after: end)...]
            } else {
                let (node, selfClosing, after) = try parseStartTag(rest)
                stack[stack.count - 1].append(node)
                rest = after
                if rawTextElements.contains(node.name) {
                    guard let end = rest.range(of: "</\(node.name)>") else {
                        throw HTMLParseError(description: "unclosed <\(node.name)>")
                    }
                    node.append(HTMLNode(name: "#text", text: String(rest[..<end.lowerBound])))
                    rest = rest[end.upperBound...]
                } else if !selfClosing && !voidElements.contains(node.name) {
                    stack.append(node)
                    // As in HTML, a newline right after <pre> is not part of its text.
                    if node.name == "pre", rest.hasPrefix("\n") { rest = rest.dropFirst() }
                }
            }
        }
        guard stack.count == 1 else {
            throw HTMLParseError(description: "unclosed <\(stack.last?.name ?? "")>")
        }
        return root
    }

    private static func parseStartTag(_ input: Substring) throws -> (HTMLNode, Bool, Substring) {
        var rest = input.dropFirst()
        let name = String(rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
        guard !name.isEmpty else { throw HTMLParseError(description: "bad start tag near \(input.prefix(20))") }
        rest = rest.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("/>") {
                return (HTMLNode(name: name, attributes: attributes), true, rest.dropFirst(2))
            }
            if rest.hasPrefix(">") {
                return (HTMLNode(name: name, attributes: attributes), false, rest.dropFirst())
            }
            let attributeName = String(rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }).lowercased()
            guard !attributeName.isEmpty else { throw HTMLParseError(description: "bad attribute in <\(name)>") }
            guard attributes[attributeName] == nil else {
                throw HTMLParseError(description: "duplicate attribute \(attributeName) in <\(name)>")
            }
            rest = rest.dropFirst(attributeName.count)
            guard rest.hasPrefix("=") else {
                attributes[attributeName] = ""
                continue
            }
            rest = rest.dropFirst()
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: quote) else {
                    throw HTMLParseError(description: "unclosed attribute value in <\(name)>")
                }
                attributes[attributeName] = decodeEntities(String(rest[..<close]))
                rest = rest[rest.index(after: close)...]
            } else {
                let value = rest.prefix { !$0.isWhitespace && $0 != ">" }
                attributes[attributeName] = decodeEntities(String(value))
                rest = rest.dropFirst(value.count)
            }
        }
    }

    private static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) < 12 else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            if let named = namedEntities[String(entity)] {
                result += named
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16),
                      let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
