struct S {
    let a: Int
    init() {
        a = 1
        a = 2
    }
}
print(S().a)
