// Operators passed as functions to reduce, sorted and map.
let xs = [3, 1, 2]
print(xs.reduce(0, +), xs.reduce(1, *), xs.sorted(by: >), xs.sorted(by: <), [1.5, 2.5].reduce(0, +), ["a", "b"].reduce("", +))
print(zip([1, 2], [3, 4]).map(*), zip([1, 2], [3, 4]).map(+), [1, 2].reduce(Int.max, -))
