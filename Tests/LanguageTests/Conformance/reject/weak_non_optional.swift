class A {}
class B {
    weak var a: A
    init(a: A) { self.a = a }
}
print(B(a: A()).a)
