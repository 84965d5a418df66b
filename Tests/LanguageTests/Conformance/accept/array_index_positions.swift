let xs = [3, 1, 4]
print(xs.startIndex, xs.endIndex, xs[xs.index(before: xs.endIndex)], xs[xs.startIndex..<xs.endIndex])
var i = xs.startIndex
while i < xs.endIndex { print(xs[i]); i += 1 }
print(xs.index(1, offsetBy: 1), xs.index(0, offsetBy: 5, limitedBy: xs.endIndex) as Any, xs.index(0, offsetBy: 2, limitedBy: xs.endIndex) as Any)
print(xs.index(2, offsetBy: -2, limitedBy: 0) as Any, xs.index(2, offsetBy: -3, limitedBy: 0) as Any)
print((0..<10).index(after: 3))
