class C {
    private func hidden() -> Int { 3 }
}
extension C {
    func visible() -> Int { hidden() }
}
let c = C()
print(c.visible())
print(c.hidden())
