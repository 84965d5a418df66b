class Person { let name: String; init(name: String) { self.name = name } }
class Flat { weak var tenant: Person?; unowned let owner: Person; init(owner: Person) { self.owner = owner } }
let owner = Person(name: "o")
var people = [Person(name: "a"), Person(name: "b")]
let flats = [Flat(owner: owner), Flat(owner: owner)]
flats[0].tenant = people[0]
flats[1].tenant = people[1]
for i in 0..<2 { print(flats[i].tenant?.name ?? "none", flats[i].owner.name) }
people.removeAll()
for i in 0..<2 { print(flats[i].tenant?.name ?? "none") }
print(flats.map { $0.tenant == nil })
