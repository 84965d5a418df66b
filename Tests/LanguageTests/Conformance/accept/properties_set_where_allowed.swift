// Valid neighbours of the let-property, get-only and static assignment rejections.
struct Reading {
    let value: Double
    let label: String
    var count = 0
    init(value: Double) {
        self.value = value
        if value > 10 {
            label = "high"
        } else if value > 5 {
            label = "mid"
        } else {
            label = "low"
        }
        count += 1
    }
    init(pair: (Double, String)) {
        switch pair.1 {
        case "": label = "none"
        default: label = pair.1
        }
        value = pair.0
    }
}

extension Reading {
    init(zeroNamed name: String) {
        self.init(value: 0)
        count = 5
        print("made", name, label)
    }
}

final class Account {
    let owner: String
    private(set) var balance: Double
    static var opened = 0
    static var description: String { "accounts: \(opened)" }
    var doubled: Double {
        get { balance * 2 }
        set { balance = newValue / 2 }
    }
    init(owner: String, start: Double) {
        guard start >= 0 else {
            self.owner = owner
            balance = 0
            return
        }
        self.owner = owner
        self.balance = start
        Account.opened += 1
    }
    func deposit(_ amount: Double) {
        balance += amount
        doubled += 2
    }
}

let r = Reading(value: 7)
print(r.label, r.count, Reading(pair: (1, "")).label, Reading(zeroNamed: "z").count)
let account = Account(owner: "ann", start: 10)
account.deposit(5)
account.doubled = 40
print(account.owner, account.balance, Account.description)
Account.opened = 7
print(Account.description)
