struct S {
    let a = 1
    init() {
        a = 2
    }
}
print(S().a)
