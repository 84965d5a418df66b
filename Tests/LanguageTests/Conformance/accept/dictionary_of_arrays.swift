var groups: [String: [Int]] = [:]
for n in 1...6 {
    let key = n % 2 == 0 ? "even" : "odd"
    groups[key, default: []].append(n)
}
print(groups["even"]!, groups["odd"]!)
print(groups.keys.sorted())
