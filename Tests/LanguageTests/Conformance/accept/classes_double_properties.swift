class Account {
    var balance: Double = 0
    var rate = 0.05
    func deposit(_ amount: Double) { balance += amount }
    func interest() -> Double { balance * rate }
}
let a = Account()
a.deposit(100)
a.deposit(50)
print(a.balance, a.interest())
