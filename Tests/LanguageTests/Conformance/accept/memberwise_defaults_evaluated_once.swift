var counter = 0
func next() -> Int { counter += 1; print("next called"); return counter }
struct S { var x = next(); var y: Int }
let s = S(y: 5)
print(s.x, counter)
let s2 = S(x: 10, y: 1)
print(s2.x, counter)
class C { var x = next() }
let c = C()
print(c.x, counter)
