class StepCounter {
    var totalSteps: Int = 0 {
        willSet(newTotal) {
            print("About to set totalSteps to \(newTotal)")
        }
        didSet {
            if totalSteps > oldValue {
                print("Added \(totalSteps - oldValue) steps")
            }
        }
    }
    init(start: Int) { totalSteps = start }
}

let counter = StepCounter(start: 5)
counter.totalSteps = 200
counter.totalSteps += 60
counter.totalSteps = 10

struct Account {
    var balance: Double = 0 {
        didSet { history.append(balance - oldValue) }
    }
    var history: [Double] = []
    mutating func deposit(_ amount: Double) { balance += amount }
}
var account = Account()
account.deposit(50)
account.balance = 20
print(account.history, account.balance)
