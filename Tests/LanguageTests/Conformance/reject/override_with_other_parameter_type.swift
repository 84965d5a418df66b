class A {
    func f(_ x: Int) -> Int { x }
}
class B: A {
    override func f(_ x: Double) -> Int { 2 }
}
print(B().f(1))
