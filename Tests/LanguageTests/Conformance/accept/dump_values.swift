// dump: a value's contents as a tree, as Swift's mirror gives them.
struct P { var x = 1; var name = "a"; var tags = [1, 2] }
struct Empty {}
struct Described: CustomStringConvertible { var v = 2; var description: String { "D\(v)" } }
class Animal { var name = "cat"; var legs = 4 }
class Dog: Animal { var breed = "lab" }
enum E { case a, b(Int), c(x: Int, y: String) }
enum Raw: String { case q = "Q" }
dump(P())
dump(Empty())
dump(Described())
dump(Animal())
dump(Dog())
dump(E.a)
dump(E.b(3))
dump(E.c(x: 1, y: "s"))
dump(Raw.q)
dump([1, 2])
dump([Int]())
dump(["k": 1])
dump(Set([5]))
dump((1, "a"))
dump((x: 1.5, y: 2))
dump(Optional(3))
let none: Int? = nil
dump(none)
dump("hi")
dump(3.5)
dump(true)
dump(Character("c"))
dump(0..<3)
dump(1...2)
dump([P()])
let d = Dog()
dump([d, d])
let r = dump([1], name: "values")
print(r)
dump(Optional(P()))
dump([[1], [2, 3]])
