struct A { var x = 1 }
struct B { var x = 1 }
enum Direction { case north, south }
var a = A()
let d: Direction = .north
print(a.x, d)
a = B()
