let name: String? = "ada"
print(name ?? "")
print(name.uppercased())
