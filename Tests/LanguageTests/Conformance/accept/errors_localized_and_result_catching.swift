// Errors a tutorial shows: typed catches, LocalizedError, localizedDescription, defer order, Result(catching:).
import Foundation
enum ParseError: Error, CustomStringConvertible {
    case empty, bad(String, line: Int)
    var description: String { switch self { case .empty: return "empty input"; case let .bad(s, line): return "bad '\(s)' on line \(line)" } }
}
struct ValidationError: LocalizedError { let field: String; var errorDescription: String? { "invalid \(field)" } }
func parse(_ s: String, line: Int) throws -> Int {
    guard !s.isEmpty else { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.bad(s, line: line) }
    return n
}
for (i, s) in ["1", "", "x"].enumerated() {
    do { print(try parse(s, line: i)) }
    catch let e as ParseError { print("parse error:", e) }
}
do { throw ValidationError(field: "age") } catch { print(error.localizedDescription) }
do { throw ParseError.bad("q", line: 3) } catch ParseError.bad(let s, let line) where line > 2 { print("late", s) } catch { print("other") }
func process(_ items: [String]) throws -> [Int] { try items.map { try parse($0, line: 0) } }
print((try? process(["1", "2"])) ?? [])
print((try? process(["1", "z"])) as Any)
func work() throws -> String {
    defer { print("cleanup 1") }
    defer { print("cleanup 2") }
    print("working")
    throw ParseError.empty
}
do { _ = try work() } catch { print("caught:", error) }
let r: Result<Int, ParseError> = .failure(.empty)
switch r { case .success(let v): print(v); case .failure(let e): print("failed:", e) }
let r2 = Result { try parse("7", line: 0) }
print(try r2.get(), (try? r2.map { $0 * 2 }.get()) ?? 0)
enum NetError: Error { case timeout }
print(NetError.timeout, String(describing: NetError.timeout), "\(ParseError.bad("x", line: 1))")
do { try { () throws -> Void in throw NetError.timeout }() } catch { print(type(of: error), error) }
