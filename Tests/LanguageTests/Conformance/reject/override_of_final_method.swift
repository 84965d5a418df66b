class A {
    final func f() -> Int { 1 }
}
class B: A {
    override func f() -> Int { 2 }
}
print(B().f())
