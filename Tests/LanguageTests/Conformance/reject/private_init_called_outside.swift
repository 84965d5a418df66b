struct S {
    var n: Int
    private init(n: Int) { self.n = n }
    static func make() -> S { S(n: 1) }
}
print(S.make().n)
let s = S(n: 2)
