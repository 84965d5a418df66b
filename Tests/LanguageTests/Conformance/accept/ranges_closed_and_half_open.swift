// Closed and half-open ranges print, compare and report their bounds as Swift's ClosedRange and Range.
let dice = 1...6
let indices = 0..<3
print(dice, indices)
print(dice.lowerBound, dice.upperBound, dice.count)
print(indices.lowerBound, indices.upperBound, indices.count)
print([1...3], [0..<2])
debugPrint(1...3)
debugPrint(0..<2)
print((1...3) == (1...3), (0..<3) == (0..<4))
let pair = (span: 2...4, step: 1)
print(pair)
print("rolls between \(dice)")
print(dice.contains(6), indices.contains(3))
let single = 5...5
print(single, single.count, single.first ?? -1, single.last ?? -1)
