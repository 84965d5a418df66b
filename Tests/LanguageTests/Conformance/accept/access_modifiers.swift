public struct Wallet {
    private(set) var balance = 0
    fileprivate var log: [String] = []
    internal let owner: String
    public init(owner: String) { self.owner = owner }
    public mutating func deposit(_ amount: Int) {
        balance += amount
        record("deposit \(amount)")
    }
    private mutating func record(_ entry: String) { log.append(entry) }
}

fileprivate func audit(_ wallet: Wallet) -> String { "\(wallet.owner): \(wallet.balance) after \(wallet.log.count) entries" }

open class Shape {
    public var name: String { "shape" }
    public init() {}
    final func label() -> String { "<\(name)>" }
}

final class Dot: Shape {
    override public var name: String { "dot" }
}

private let secret = 42
var wallet = Wallet(owner: "Kim")
wallet.deposit(10)
wallet.deposit(5)
print(audit(wallet))
print(Dot().label(), Shape().label(), secret)
