let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted())
print(a.intersection(b).sorted())
print(a.subtracting(b).sorted())
print(a.symmetricDifference(b).sorted())
print(a.isSubset(of: b), Set([3, 4]).isSubset(of: b))
print(a.isSuperset(of: [1, 2]), a.isDisjoint(with: [9, 10]), a.isDisjoint(with: b))
var c = a
c.formUnion([10, 11])
c.subtract([1])
print(c.sorted(), a.count)
c.formIntersection(b.union([10]))
print(c.sorted())
let evens = a.filter { $0 % 2 == 0 }
print(evens.sorted(), evens.count)
print(a.union([2, 9]).count)
