struct Person { var name: String; var age: Int }
let people = [Person(name: "Ada", age: 36)]
print(people.map(\.nme))
