// Swift 5.7's string algorithms: split at a string, replacing, ranges(of:), firstRange(of:), trimmingPrefix.
import Foundation
let s = "a, b, c"
print(s.split(separator: ", "), s.split(separator: ", ", maxSplits: 1))
print("x--y----z".split(separator: "--"), "x--y----z".split(separator: "--", omittingEmptySubsequences: false))
print(s.replacing(", ", with: "+"), s.ranges(of: ", ").count, s.contains(", b"))
print("hello".firstRange(of: "ll") != nil, "a1b22c".replacing("2", with: ""))
print([1, 2, 0, 3, 0, 0, 4].split(separator: 0).map(Array.init))
print("abc".trimmingPrefix("a"), "banana".trimmingPrefix("ban"))
