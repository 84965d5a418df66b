class C {
    var n = 0
    mutating func bump() { n += 1 }
}
print(C().n)
