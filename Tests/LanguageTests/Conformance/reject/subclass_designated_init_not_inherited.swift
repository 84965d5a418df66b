// A subclass that declares its own designated initialiser does not inherit its superclass's.
class Animal {
    let name: String
    init(name: String) { self.name = name }
}
class Cat: Animal {
    init() { super.init(name: "cat") }
}
let c = Cat(name: "tom")
print(c.name)
