class Box { var v = 1 }
enum Direction { case north, south }
enum Shape { case circle(radius: Double) }
struct P { var x: Int }
print(Box(), [Box()])
debugPrint(Box(), Direction.north, Shape.circle(radius: 1), P(x: 1))
print(Direction.north, [Direction.south], Shape.circle(radius: 2), [Shape.circle(radius: 3)])
let any: Any = Box()
print(any)
print("\(Box())", String(describing: Direction.north))
