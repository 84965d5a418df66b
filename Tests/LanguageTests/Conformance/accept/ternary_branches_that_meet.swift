// Valid neighbours of the ternary-branch rejection: branches that meet in one type, or a context that converts both.
class Animal { func name() -> String { "animal" } }
class Dog: Animal { override func name() -> String { "dog" } }
class Cat: Animal { override func name() -> String { "cat" } }
let flag = [1, 2].count > 1
let c: Character = "x"
let pet: Animal = flag ? Dog() : Cat()
let letter = flag ? "a" : c
let chars: [Character] = flag ? ["a"] : [c]
let items = flag ? [] : [1]
let named = flag ? nil : "x"
let d = ["a": 1]
let v = flag ? d["a"] : nil
let x = 2.5
let w = flag ? x : 1
let t = flag ? (1, "a") : (2, "b")
let s = flag ? "a" : "b" + "c"
let f = flag ? 1.5 : 2
let n: Double = flag ? 1 : 2
let maybe: Int? = flag ? 3 : nil
let any: Any = flag ? 1 : "one"
print(pet is Animal, letter == "a" || letter == "x", chars.count, items.count <= 1, named ?? "nil", v ?? 0, w > 0, t.0 > 0, s.count > 0, f > 0, n > 0, maybe ?? 0 >= 0, any is Int || any is String)
