// A same-type requirement between two generic parameters' elements relates the arguments only.
func sharesAnElement<A: Sequence, B: Sequence>(_ a: A, _ b: B) -> Bool where A.Element: Equatable, A.Element == B.Element {
    for x in a { for y in b where x == y { return true } }
    return false
}
print(sharesAnElement([1, 2, 3], [3, 4]), sharesAnElement(["a"], ["b"]), sharesAnElement([1.5], Set([1.5])))
