struct A {
    override func f() -> Int { 1 }
}
print(A().f())
