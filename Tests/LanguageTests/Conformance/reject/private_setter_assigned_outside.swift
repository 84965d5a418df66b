struct A {
    private(set) var x = 1
    mutating func bump() { x += 1 }
}
var a = A()
a.bump()
print(a.x)
a.x = 5
