class Person {
    let name: String
    init(name: String) { self.name = name }
    var apartment: Apartment?
    deinit { print("\(name) is being deinitialized") }
}
class Apartment {
    let unit: String
    init(unit: String) { self.unit = unit }
    weak var tenant: Person?
    deinit { print("Apartment \(unit) is being deinitialized") }
}
var john: Person? = Person(name: "John Appleseed")
var unit4A: Apartment? = Apartment(unit: "4A")
john!.apartment = unit4A
unit4A!.tenant = john
print(unit4A!.tenant?.name ?? "none")
john = nil
print(unit4A!.tenant?.name ?? "none")
unit4A = nil
class Customer {
    let name: String
    var card: CreditCard?
    init(name: String) { self.name = name }
    deinit { print("\(name) is being deinitialized") }
}
class CreditCard {
    let number: UInt64
    unowned let customer: Customer
    init(number: UInt64, customer: Customer) {
        self.number = number
        self.customer = customer
    }
    deinit { print("Card #\(number) is being deinitialized") }
}
var alice: Customer? = Customer(name: "Alice")
alice!.card = CreditCard(number: 1234_5678_9012_3456, customer: alice!)
print(alice!.card!.customer.name)
alice = nil
class TreeNode {
    var value: Int
    weak var parent: TreeNode?
    var children: [TreeNode] = []
    init(_ value: Int) { self.value = value }
    func add(_ child: TreeNode) { children.append(child); child.parent = self }
    deinit { print("node \(value) freed") }
}
var root: TreeNode? = TreeNode(1)
root!.add(TreeNode(2))
root!.add(TreeNode(3))
print(root!.children.map { $0.parent?.value ?? 0 })
print(root!.children[1].parent!.value)
root = nil
print("end")
