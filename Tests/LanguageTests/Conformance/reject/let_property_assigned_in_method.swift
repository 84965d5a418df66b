class S {
    let a = 1
    func change() { a = 2 }
}
print(S().a)
