// Initialisers a subclass inherits: all when it declares none, the convenience ones when it overrides every designated one.
class Animal {
    let name: String
    var sound = "..."
    init(name: String) { self.name = name }
    convenience init() { self.init(name: "nobody") }
    func speak() -> String { "\(name) says \(sound)" }
}
class Dog: Animal {
    override init(name: String) { super.init(name: name); sound = "woof" }
}
class Puppy: Dog {}
class Cat: Animal {
    let indoor: Bool
    init(name: String, indoor: Bool) { self.indoor = indoor; super.init(name: name); sound = "meow" }
    convenience init(indoor: Bool) { self.init(name: "cat", indoor: indoor) }
}
extension Animal { convenience init(shout: String) { self.init(name: shout.uppercased()) } }
print(Dog().speak(), Puppy().speak(), Puppy(name: "rex").speak(), Dog(shout: "max").speak())
print(Cat(indoor: true).speak(), Cat(name: "tom", indoor: false).indoor)
class Base { var v: Int; init(v: Int) { self.v = v }; init() { v = 0 } }
class Sub: Base { var w = 5 }
print(Sub().v, Sub(v: 3).v, Sub(v: 3).w)
