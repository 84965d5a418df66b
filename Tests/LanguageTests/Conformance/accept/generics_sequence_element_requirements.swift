// Generic functions over sequences whose elements a where clause types: literals there take that type.
func total<S: Sequence>(_ s: S) -> Double where S.Element == Double { s.reduce(0, +) }
print(total([Double]()), total([1.5, 2]), total(Set([0.5])))
func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
    guard !values.isEmpty else { return 0 }
    return values.reduce(0, +) / Double(values.count)
}
print(mean([2, 4, 9]), mean([Double]()))
func scaled<S>(_ s: S, by k: Double) -> [Double] where S: Sequence, S.Element == Double { s.map { $0 * k } }
print(scaled([1, 2], by: 0.5))
func countWords<S: Sequence>(_ words: S) -> [String: Int] where S.Iterator.Element == String {
    var counts: [String: Int] = [:]
    for w in words { counts[w, default: 0] += 1 }
    return counts
}
print(countWords(["a", "b", "a"]).sorted { $0.key < $1.key })
