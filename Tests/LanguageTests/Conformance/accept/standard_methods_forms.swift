import Foundation
// Forms of standard methods: trailing closures for labelled closure parameters, split options,
// rounding rules, quotientAndRemainder, joined arrays and the two-argument math functions.
print([1, 2, 3].first { $0 > 1 }!, [1, 2, 3].last { $0 < 3 }!, [1, 2, 3].last(where: { $0 > 5 }) as Any)
print(Array(1...7).split(whereSeparator: { $0 % 3 == 0 }).map { Array($0) })
print([1, 0, 2, 0, 0, 3].split(separator: 0).map { Array($0) }, [1, 0, 0, 3].split(separator: 0, omittingEmptySubsequences: false).count)
let (q, r) = 17.quotientAndRemainder(dividingBy: 5)
print(q, r, (-17).quotientAndRemainder(dividingBy: 5))
print([[1], [2, 3]].joined().map { $0 * 2 }, Array([[1, 2], [3]].joined(separator: [0])))
let xs = [3, 9, 4, 12, 5]
print(xs.lastIndex(where: { $0 > 3 }) as Any, xs.prefix(while: { $0 < 10 }), xs.drop(while: { $0 < 10 }), xs.lastIndex(of: 4)!)
let csv = "a,b,,c"
print(csv.split(separator: ",", omittingEmptySubsequences: false), csv.split(separator: ",", maxSplits: 1))
print(csv.split { $0 == "," }, "  pad \n".trimmingCharacters(in: .whitespaces).count, " x\n".trimmingCharacters(in: .whitespacesAndNewlines))
print(3.7.rounded(.down), 3.2.rounded(.up), (-3.5).rounded(.towardZero), 2.5.rounded(.toNearestOrEven), 2.5.rounded())
print((-5).signum(), 0.signum(), 5.0.truncatingRemainder(dividingBy: 3), 7.5.remainder(dividingBy: 2))
print(atan2(1.0, 1.0), hypot(3.0, 4.0), asin(1.0), trunc(-2.7), cbrt(27.0))
var ys = [1, 2, 3, 4, 5]
ys.removeLast(2)
ys.removeFirst(1)
print(ys)
print("hello world".prefix(while: { $0 != " " }), "hello".drop(while: { $0 == "h" }))
let words = "one two  three".split(separator: " ")
print(words, words.count)
