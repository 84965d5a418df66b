func parse(_ text: String) -> Int {
    guard let value = Int(text) else { return -1 }
    return value * 2
}
print(parse("21"), parse("?"))
