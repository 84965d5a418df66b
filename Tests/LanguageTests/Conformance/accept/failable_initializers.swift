struct Percentage {
    let value: Double
    init?(_ value: Double) {
        guard value >= 0 && value <= 100 else { return nil }
        self.value = value
    }
}

let valid = Percentage(42)
let invalid = Percentage(140)
print(valid?.value ?? -1, invalid == nil)
if let p = Percentage(99.5) { print("ok", p.value) }

enum Grade {
    case pass, fail
    init(score: Int) {
        self = score >= 50 ? .pass : .fail
    }
    init?(letter: String) {
        switch letter {
        case "P": self = .pass
        case "F": self = .fail
        default: return nil
        }
    }
}
print(Grade(score: 70), Grade(score: 10))
print(Grade(letter: "F") as Any, Grade(letter: "X") as Any)

class Account {
    let owner: String
    init?(owner: String) {
        if owner.isEmpty { return nil }
        self.owner = owner
    }
}
print(Account(owner: "") == nil, Account(owner: "Ada")!.owner)
