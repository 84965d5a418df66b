class A {
    init() {}
}
class B: A {
    init() {}
}
print("x")
