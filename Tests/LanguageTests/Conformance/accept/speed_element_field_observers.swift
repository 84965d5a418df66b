// Element properties with observers, `lazy` and computed properties, and arrays held by
// observed variables, changed through `items[i].field`: every observer runs as in Swift.
struct Meter {
    var reading: Int = 0 {
        willSet { print("reading will be \(newValue) (was \(reading))") }
        didSet { print("reading did change from \(oldValue) to \(reading)") }
    }
    var plain = 0.0
    lazy var label: String = "meter \(reading)"
    var doubled: Int {
        get { reading * 2 }
        set { reading = newValue / 2 }
    }
}

var meters = [Meter(), Meter()]
let saved = meters
for i in 0..<meters.count {
    meters[i].reading += i + 1
    meters[i].plain += 0.5
}
meters[1].reading = 10
meters[0].doubled = 8
meters[1].doubled += 2
print(meters[0].label)
meters[0].label += "!"
print(meters[0].label, meters[1].label)
print(meters.map(\.reading), meters.map(\.plain), saved.map(\.reading))

struct Point {
    var x = 0
    var y = 0
}

var points = [Point(), Point()] {
    didSet { print("points did change: \(points.map(\.x))") }
}
points[0].x += 1
points[1].x = 5
for i in 0..<points.count { points[i].y -= i }
print(points.map(\.y))

struct World {
    var points: [Point] {
        didSet { print("world points did change from \(oldValue.map(\.x))") }
    }
    mutating func step() {
        for i in 0..<points.count { points[i].x += 1 }
        var local = points
        local[0].y = 42
        print(local[0].y, points[0].y)
    }
}
var world = World(points: [Point(x: 1, y: 1), Point(x: 2, y: 2)])
world.step()
world.points[1].y *= 3
print(world.points.map(\.x), world.points.map(\.y))

struct Tally {
    var counts = [0, 0, 0] {
        didSet { print("counts now \(counts)") }
    }
}
var tallies = [Tally(), Tally()]
tallies[1].counts[2] += 4
print(tallies.map(\.counts))
