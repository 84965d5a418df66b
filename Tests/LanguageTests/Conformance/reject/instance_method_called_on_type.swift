struct M {
    func f() -> Int { 1 }
}
print(M.f())
