func greet(_ name: String, from place: String = "home", times: Int = 1) -> String {
    var out = ""
    for _ in 0..<times { out += "hi \(name) from \(place). " }
    return out
}
print(greet("ann"))
print(greet("bob", from: "work", times: 2))
