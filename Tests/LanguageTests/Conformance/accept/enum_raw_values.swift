enum Planet: Int { case mercury = 1, venus, earth, mars }
print(Planet.earth.rawValue)
print(Planet(rawValue: 4) ?? Planet.mercury)
print(Planet(rawValue: 9) == nil)
enum Suit: String { case hearts, spades = "SPADES" }
print(Suit.hearts.rawValue, Suit.spades.rawValue)
if let suit = Suit(rawValue: "hearts") { print(suit) }
