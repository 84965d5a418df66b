class Trainer {
    var name: String!
    var epochs: Int!
    init() {}
}
func square(_ x: Int) -> Int {
    return x * x
}
let trainer = Trainer()
trainer.name = "adam"
trainer.epochs = 4
print(trainer.name.count)
print(square(trainer.epochs))
print(trainer.epochs + 1)
let sizes = ["hidden": 64]
let hidden = sizes["hidden"]
print(hidden == 64, hidden != nil)
print((hidden ?? 0) + 1, hidden! * 2)
if let hidden { print(hidden.description.count) }
print(hidden?.description.count ?? 0)
