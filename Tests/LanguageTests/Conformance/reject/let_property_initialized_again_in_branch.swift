class S {
    let a: Int
    init(_ v: Int) {
        a = v
        if v > 0 { a = 2 }
    }
}
print(S(1).a)
