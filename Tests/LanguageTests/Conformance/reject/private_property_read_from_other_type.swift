struct A {
    private var x = 1
}
struct B {
    func peek(_ a: A) -> Int { a.x }
}
print(B().peek(A()))
