// Classes without an init: every stored property has an initial value or is an optional var.
class Settings {
    var name = "default"
    var limit: Int?
    var tags: [String] = []
    var parent: Settings!
    let created = 2024
}
class Child: Settings {
    var extra = 1.5
}
let child = Child()
print(child.name, child.limit as Any, child.tags, child.parent == nil, child.created, child.extra)
