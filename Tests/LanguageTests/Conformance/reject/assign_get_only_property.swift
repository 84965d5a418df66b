struct Square {
    var side: Double
    var area: Double { side * side }
}
var square = Square(side: 2)
square.side = 3
square.area = 16
