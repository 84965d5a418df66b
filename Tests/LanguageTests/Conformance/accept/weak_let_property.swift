class A {}
class B {
    weak let a: A? = nil
}
print(B().a as Any)
