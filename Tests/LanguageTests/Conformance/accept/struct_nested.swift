import Foundation
struct Point { var x = 0.0, y = 0.0 }
struct Segment { var start: Point; var end: Point; var name: String }
var s = Segment(start: Point(), end: Point(x: 3, y: 4), name: "a")
s.end.x = 6
print(s)
let length = ((s.end.x - s.start.x) * (s.end.x - s.start.x) + (s.end.y - s.start.y) * (s.end.y - s.start.y)).squareRoot()
print(length)
