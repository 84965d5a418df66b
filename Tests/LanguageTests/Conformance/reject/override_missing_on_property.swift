class A {
    var name: String { "a" }
}
class B: A {
    var name: String { "b" }
}
print(B().name)
