// partition(by:) leaves the elements in Swift's order; comparisons and range replacement of arrays.
var xs = [5, 3, 8, 1, 9, 2, 7, 4, 6]
let p = xs.partition(by: { $0 > 4 })
print(p, xs)
var ys = [1, 2, 3, 4, 5, 6, 7, 8]
print(ys.partition { $0 % 2 == 0 }, ys)
var zs: [Int] = []
print(zs.partition { $0 > 0 }, zs)
var all = [9, 9]
print(all.partition { $0 > 0 }, all.partition { $0 < 0 })
print(xs.elementsEqual([1, 2]), xs.elementsEqual(xs), xs.starts(with: [xs[0]]), xs.starts(with: []), [1].starts(with: [1, 2]))
print(xs.suffix(from: 2), xs.suffix(from: 9))
xs.replaceSubrange(0..<2, with: [0, 0, 0]); print(xs)
xs.replaceSubrange(1...3, with: []); print(xs)
xs.replaceSubrange(0..<0, with: [42]); print(xs)
var words = ["b", "a", "c", "d"]
let pivot = words.partition { $0 < "c" }
print(pivot, words[..<pivot], words[pivot...])
