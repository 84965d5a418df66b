protocol Animal {
    var name: String { get }
    var legs: Int { get }
    init(name: String)
    static var kingdom: String { get }
    func speak() -> String
}

extension Animal {
    static var kingdom: String { "Animalia" }
    func introduce() -> String { "\(name) says \(speak()) on \(legs) legs" }
}

struct Dog: Animal {
    let name: String
    var legs: Int { 4 }
    func speak() -> String { "woof" }
}

struct Bird: Animal {
    let name: String
    let legs = 2
    init(name: String) { self.name = name.uppercased() }
    func speak() -> String { "tweet" }
}

func loudest<T: Animal>(_ animals: [T]) -> String {
    animals.map { $0.speak().uppercased() }.joined(separator: " ")
}

func makeAnimal(_ kind: String) -> any Animal {
    kind == "dog" ? Dog(name: "Fido") : Bird(name: "Polly")
}

func favourite() -> some Animal { Dog(name: "Rex") }

let zoo: [any Animal] = [Dog(name: "Rex"), Bird(name: "tweety"), makeAnimal("bird")]
for animal in zoo { print(animal.introduce()) }
print(zoo.reduce(0) { $0 + $1.legs })
print(Dog.kingdom, Bird.kingdom)
print(loudest([Dog(name: "a"), Dog(name: "b")]))
print(favourite().name, makeAnimal("dog").speak())
let names = zoo.map { $0.name }.sorted()
print(names)
var byLegs: [Int: [String]] = [:]
for animal in zoo { byLegs[animal.legs, default: []].append(animal.name) }
print(byLegs[2]!, byLegs[4]!)
