class C {
    let items: [Int] = []
    func add() { items.append(1) }
}
