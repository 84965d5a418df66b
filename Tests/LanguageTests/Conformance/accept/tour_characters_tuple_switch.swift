let text = "Hi, there! 42 apples; 7 pears."
print(text.filter(\.isWhitespace).count, text.filter(\.isPunctuation).count, text.compactMap(\.wholeNumberValue))
print(text.filter { $0.isNumber }, Character("f").isHexDigit, Character("A").isLowercase, Character("ß").isLetter)
print()
enum Light { case red, yellow, green }
enum Action { case stop, go }
func decide(_ l: Light, _ a: Action) -> String {
    switch (l, a) {
    case (.red, _): return "wait"
    case (.yellow, .go): return "hurry"
    case (.yellow, .stop), (.green, .stop): return "brake"
    case (.green, .go): return "drive"
    }
}
print(decide(.red, .go), decide(.yellow, .go), decide(.green, .stop))
let pairs = [(2, "b"), (1, "z"), (2, "a")]
print(pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { "\($0.0)\($0.1)" })
