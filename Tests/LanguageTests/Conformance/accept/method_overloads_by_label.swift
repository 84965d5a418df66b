import Foundation

struct Point {
    var x = 0.0, y = 0.0
    mutating func move(by delta: Double) {
        x += delta
        y += delta
    }
    mutating func move(to target: Point) {
        x = target.x
        y = target.y
    }
    mutating func move(dx: Double, dy: Double) {
        x += dx
        y += dy
    }
    func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
    func distance() -> Double { distance(to: Point()) }
}

var p = Point()
p.move(by: 1)
print(p)
p.move(dx: 2, dy: 3)
print(p)
p.move(to: Point(x: 3, y: 4))
print(p, p.distance(), p.distance(to: Point(x: 3, y: 0)))

class Logger {
    var lines: [String] = []
    func log(_ message: String) { lines.append(message) }
    func log(_ message: String, level: Int) { lines.append("[\(level)] \(message)") }
}
let logger = Logger()
logger.log("start")
logger.log("careful", level: 2)
print(logger.lines)
