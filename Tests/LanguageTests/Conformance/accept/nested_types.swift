struct BlackjackCard {
    enum Suit: Character {
        case spades = "♠", hearts = "♡", diamonds = "♢", clubs = "♣"
    }

    enum Rank: Int {
        case two = 2, three, four, five, six, seven, eight, nine, ten
        case jack, queen, king, ace
        struct Values {
            let first: Int, second: Int?
        }
        var values: Values {
            switch self {
            case .ace:
                return Values(first: 1, second: 11)
            case .jack, .queen, .king:
                return Values(first: 10, second: nil)
            default:
                return Values(first: self.rawValue, second: nil)
            }
        }
    }

    let rank: Rank, suit: Suit
    var description: String {
        var output = "suit is \(suit.rawValue),"
        output += " value is \(rank.values.first)"
        if let second = rank.values.second {
            output += " or \(second)"
        }
        return output
    }
}

let theAceOfSpades = BlackjackCard(rank: .ace, suit: .spades)
print("theAceOfSpades: \(theAceOfSpades.description)")
let heartsSymbol = BlackjackCard.Suit.hearts.rawValue
print(heartsSymbol)
let suits: [BlackjackCard.Suit] = [.clubs, .diamonds]
print(suits, BlackjackCard.Rank.queen, BlackjackCard.Rank.king.values)
print(theAceOfSpades)

struct Game {
    enum Level: Int { case easy = 1, hard }
    struct Score { var points = 0 }
    var level = Level.easy
    var score = Score()
    mutating func win() { score.points += 10 * level.rawValue }
}
var game = Game()
game.win()
game.level = .hard
game.win()
print(game.score.points, game.level, Game(level: .hard).level.rawValue)
print(game)
print(type(of: game.level), type(of: game.score), type(of: game))
