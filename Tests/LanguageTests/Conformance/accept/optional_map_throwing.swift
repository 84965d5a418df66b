import Foundation
enum ParseError: Error { case bad }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.bad }
    return n
}
let text: String? = "12"
do {
    let n = try text.map { try parse($0) }
    print(n as Any)
    let m = try Optional("x").map(parse)
    print(m as Any)
} catch {
    print("failed", error)
}
print(text.flatMap(Int.init) as Any)
let value: Double? = 2.5
let rounded = value.map { Int($0.rounded()) }
print(rounded as Any)
var total: Int? = nil
print(total.map { $0 + 1 } ?? 0)
total = 4
if let doubled = total.map({ $0 * 2 }) { print(doubled) }
