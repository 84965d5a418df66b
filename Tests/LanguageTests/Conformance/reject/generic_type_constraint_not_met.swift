struct Pair<T: Comparable> { var a: T; var b: T }
struct P { var x: Int }
let ok = Pair(a: 1, b: 2)
let bad = Pair(a: P(x: 1), b: P(x: 2))
