// Valid neighbours of the force-unwrap and if-let rejections: standard results that may be nil.
var xs = [3, 1, 2]
let d = ["a": 1, "b": 2]
let s = "hello"
let set: Set<Int> = [1, 2]
print(xs.popLast()!, xs.min()!, xs.max()!, xs.first(where: { $0 > 0 })!, xs.last(where: { $0 > 0 })!)
print(xs.firstIndex(where: { $0 == 1 })!, xs.lastIndex(of: 1)!, xs.randomElement() != nil, xs.min(by: <)!, xs.max(by: <)!)
print(d.min(by: { $0.value < $1.value })!.key, d.keys.first != nil, d.values.max()!, d.randomElement() != nil)
print(s.first!, s.last!, s.firstIndex(of: "l") != nil, s.randomElement() != nil, Int(String(s.count))!, Double("1e3")!)
print(set.first != nil, set.min()!, set.randomElement() != nil, Array(set).sorted().first!, [1.5, 2.5].max()!)
print(s.uppercased().first!, Character("a").asciiValue!, Int("ff", radix: 16)!, (try? String(s))!, [[1]].first!.first!)
if let i = xs.firstIndex(of: 1) { print(i) }
if let c = s.first, let v = d["a"], let m = xs.max() { print(c, v, m) }
