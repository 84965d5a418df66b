let name = "Swift"
print("Hello, \(name)!")
print(name.count, name.uppercased(), name.lowercased())
print(name.hasPrefix("Sw"), name.hasSuffix("x"))
let parts = "a,b,c".split(separator: ",")
print(parts.count)
print(["x", "y"].joined(separator: "-"))
