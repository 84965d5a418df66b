class A {
    func f() -> Int { 1 }
}
class B: A {
    func f() -> Int { 2 }
}
print(B().f())
