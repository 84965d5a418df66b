import Foundation
enum BankError: Error, Equatable { case insufficient(needed: Double), frozen, unknown(code: Int) }
struct Account {
    private(set) var balance: Double
    var frozen = false
    mutating func withdraw(_ amount: Double) throws -> Double {
        guard !frozen else { throw BankError.frozen }
        guard amount <= balance else { throw BankError.insufficient(needed: amount - balance) }
        balance -= amount
        return balance
    }
}
var acct = Account(balance: 100)
do {
    print(try acct.withdraw(30))
    print(try acct.withdraw(100))
} catch BankError.insufficient(let needed) where needed > 50 {
    print("short by a lot:", needed)
} catch let e as BankError {
    print("bank error", e)
} catch {
    print("other", error)
}
print(acct.balance)
acct.frozen = true
if let r = try? acct.withdraw(1) { print(r) } else { print("failed") }
func risky(_ n: Int) throws -> Int { if n > 2 { throw BankError.unknown(code: n) }; return n * 10 }
let results = (0..<5).map { n -> String in
    do { return String(try risky(n)) } catch BankError.unknown(let code) { return "E\(code)" } catch { return "?" }
}
print(results)
func process() throws {
    defer { print("cleanup 1") }
    defer { print("cleanup 2") }
    print("start")
    _ = try risky(5)
    print("unreachable")
}
do { try process() } catch { print("process failed:", error) }
struct ValidationError: Error, CustomStringConvertible { let field: String; var description: String { "invalid \(field)" } }
func validate(age: Int) throws -> Int { guard (0...150).contains(age) else { throw ValidationError(field: "age") }; return age }
for age in [30, -1] { do { print(try validate(age: age)) } catch { print(error, type(of: error)) } }
let e: Error = BankError.frozen
print(e as? BankError == .frozen, e is ValidationError, (try? risky(1)) ?? 0, (try? risky(9)) ?? -1)
func rethrowing(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
print(try rethrowing { 41 }, (try? rethrowing { try risky(7) }) as Any)
