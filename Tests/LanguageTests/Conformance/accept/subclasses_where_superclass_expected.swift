// Valid neighbours of the unrelated-class rejection: subclasses stand for their superclasses.
class Animal { func name() -> String { "animal" } }
class Dog: Animal { override func name() -> String { "dog" } }
final class Puppy: Dog {}
func call(_ a: Animal) -> String { a.name() }
var pet: Animal = Dog()
pet = Puppy()
let dogs: [Animal] = [Dog(), Puppy()]
let t: (Animal, Int) = (Dog(), 1)
func make() -> Animal { Puppy() }
print(call(Puppy()), pet.name(), dogs.count, t.0.name(), make().name())
