let x: String? = Optional<Int>.none
print(x as Any)
