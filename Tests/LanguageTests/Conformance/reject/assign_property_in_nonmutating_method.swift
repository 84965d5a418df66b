struct Tally {
    var items: [String] = []
    var total = 0
    mutating func add(_ item: String) { items.append(item); total += 1 }
    func reset() {
        self.total = 0
    }
}
var tally = Tally()
tally.add("a")
