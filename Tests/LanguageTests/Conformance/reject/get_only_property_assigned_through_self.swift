struct S {
    var x = 1
    var double: Int { x * 2 }
    mutating func f() { double = 4 }
}
print(S().x)
