struct S {
    var x = 1
    var double: Int { x * 2 }
}
var s = S()
s.double += 1
