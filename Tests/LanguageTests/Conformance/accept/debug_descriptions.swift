struct Token: CustomStringConvertible, CustomDebugStringConvertible {
    var text: String
    var description: String { text }
    var debugDescription: String { "Token(\(text))" }
}

struct Cell: CustomDebugStringConvertible {
    var value: Int
    var debugDescription: String { "<\(value)>" }
}

let t = Token(text: "let")
print(t, [t])
print("\(t)", String(describing: t))
let c = Cell(value: 3)
print(c, [c, Cell(value: 4)])
let maybe: Token? = t
print(maybe as Any)
