let things: [Any] = [1, "two", 3.5, true, [1, 2], Character("c")]
for thing in things {
    if let n = thing as? Int {
        print("Int", n)
    } else if let s = thing as? String {
        print("String", s)
    } else if let d = thing as? Double {
        print("Double", d)
    } else if thing is Bool {
        print("Bool", thing)
    } else if let xs = thing as? [Int] {
        print("[Int]", xs.count)
    } else {
        print("other", thing)
    }
}
print(things.filter { $0 is Int || $0 is Double }.count)
class Animal {
    let name: String
    init(name: String) { self.name = name }
}
class Dog: Animal {
    func bark() -> String { "\(name) says woof" }
}
class Cat: Animal {}
let pets: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom"), Dog(name: "Fido")]
for pet in pets {
    if let dog = pet as? Dog {
        print(dog.bark())
    } else {
        print(pet.name, pet is Cat, pet is Animal)
    }
}
let dogs = pets.compactMap { $0 as? Dog }
print(dogs.count)
let first = pets[0] as! Dog
print(first.bark())
let value: Any = 42
let n = value as! Int
print(n + 1)
for item in things {
    switch item {
    case let i as Int where i > 0: print("positive", i)
    case is String: print("a string")
    case let c as Character: print("char", c)
    default: break
    }
}
