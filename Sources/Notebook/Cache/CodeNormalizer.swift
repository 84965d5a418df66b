import SwiftParser
import SwiftSyntax

/// A cell's code as the cache key sees it: its Swift tokens separated by single spaces, so that
/// comments, blank lines and indentation never change a key while any change to the code does.
///
/// Tokens come from swift-syntax's parser (the same one the interpreter uses), so `// x` inside a
/// string literal is kept and `/* … */` anywhere is dropped.
enum CodeNormalizer {
    static func normalized(_ code: String) -> String {
        let tree = Parser.parse(source: code)
        return tree.tokens(viewMode: .sourceAccurate).map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
