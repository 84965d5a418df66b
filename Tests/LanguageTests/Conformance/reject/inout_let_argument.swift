func double(_ value: inout Int) { value *= 2 }
var n = 1
double(&n)
let k = 3
double(&k)
