struct Token {
    var text: String
}

extension Token: CustomStringConvertible {
    var summary: String { text }
}
print(Token(text: "a"))
