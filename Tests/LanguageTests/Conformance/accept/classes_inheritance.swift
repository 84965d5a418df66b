class Animal {
    var name = "animal"
    func speak() -> String { "..." }
    func describe() -> String { name + " says " + speak() }
}
class Dog: Animal {
    override func speak() -> String { "woof" }
}
let d = Dog()
d.name = "rex"
print(d.describe())
