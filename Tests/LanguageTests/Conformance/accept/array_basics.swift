var xs = [3, 1, 2]
xs.append(4)
print(xs, xs.count, xs.isEmpty)
print(xs.first!, xs.last!)
print(xs.sorted())
print(xs.sorted(by: >))
print(xs.contains(2), xs.contains(9))
xs.remove(at: 0)
print(xs)
