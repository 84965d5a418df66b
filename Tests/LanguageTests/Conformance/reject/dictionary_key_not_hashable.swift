struct Point {
    var x: Int
    var y: Int
}
var names: [String: Point] = [:]
names["origin"] = Point(x: 0, y: 0)
var visits: [Point: Int] = [:]
