class A {
    func f() -> Int { 1 }
}
class B: A {
    override func g() -> Int { 2 }
}
print(B().g())
