protocol Shape {
    func isSame(as other: Self) -> Bool
}
struct Square: Shape {
    var side = 1
    func isSame(as other: Square) -> Bool { side == other.side }
}
struct Circle { var r = 1 }
print(Square().isSame(as: Square()))
print(Square().isSame(as: Circle()))
