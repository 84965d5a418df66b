import Foundation
// String.Index with prefix(upTo:), suffix(from:), prefix(through:) and Foundation's range(of:).
let s = "hello world"
let i = s.index(s.startIndex, offsetBy: 5)
print(s.prefix(upTo: i))
print(s.suffix(from: i), s.prefix(through: i), "|")
print(s[s.index(s.startIndex, offsetBy: 1)..<s.index(s.endIndex, offsetBy: -1)])
if let r = s.range(of: "wor") {
    print(s[r], s.distance(from: s.startIndex, to: r.lowerBound))
}
let chars = Array(s)
print(chars[0])
if s.range(of: "xyz") == nil { print("no xyz") }
let found = s.range(of: "lo w")!
print(s[found], s[found.upperBound...])
