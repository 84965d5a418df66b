struct Memberwise {
    private var hidden = 1
    var shown: Int
}
print(Memberwise(shown: 2).shown)
