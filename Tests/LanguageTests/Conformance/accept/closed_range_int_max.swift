// Closed ranges reaching Int.max: an endless counter, contains, bounds, count.
var total = 0
for i in 0...Int.max {
    if i > 4 { break }
    total += i
}
print(total)
let all = 0...Int.max
print(all)
print(all.contains(Int.max), all.contains(-1), all.lowerBound, all.upperBound)
print((1...Int.max).count)
let big = Int.max - 2
for n in big...Int.max { print(n) }
switch Int.max {
case 0...Int.max: print("non-negative")
default: print("negative")
}
print(all.isEmpty)
