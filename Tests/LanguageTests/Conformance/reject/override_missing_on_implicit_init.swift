class Base {
    var x = 0
}
class Derived: Base {
    var y: Int
    init() {
        y = 1
        super.init()
    }
}
print(Derived().y)
