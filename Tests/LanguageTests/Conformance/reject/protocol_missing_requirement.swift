protocol Shape {
    var area: Double { get }
    func describe() -> String
}

struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}

print(Square(side: 2).area)
