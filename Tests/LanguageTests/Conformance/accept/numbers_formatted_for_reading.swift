import Foundation
// `formatted()` writes a number for reading: grouping separators, at most six fraction digits.
let population = 8_100_000_000
let mean = 1234567.891
let ratio = 2.0 / 3.0
print(population.formatted(), (-1234).formatted(), 0.formatted())
print(mean.formatted(), ratio.formatted(), 0.1.formatted(), 1.0.formatted(), (-0.5).formatted())
print(1e-7.formatted(), Float(2.5).formatted())
print("Total: \(population.formatted()) people")
