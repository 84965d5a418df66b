struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let m = Money(cents: 1205)
print(m)
print("total: \(m)")
print([Money(cents: 5), Money(cents: 250)])
