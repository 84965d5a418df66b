func double(_ value: inout Int) { value *= 2 }
func addPoint(_ points: inout [Double], _ x: Double) { points.append(x) }
func normalize(_ values: inout [Double]) {
    let total = values.reduce(0, +)
    for i in values.indices { values[i] /= total }
}

var n = 5
double(&n)
print(n)
var numbers = [1, 2, 3]
double(&numbers[1])
print(numbers)
var xs: [Double] = []
addPoint(&xs, 1)
addPoint(&xs, 3)
normalize(&xs)
print(xs)

struct Particle { var x = 0.0, v = 1.0 }
func step(_ p: inout Particle, dt: Double) { p.x += p.v * dt }
var particle = Particle()
step(&particle, dt: 0.5)
step(&particle, dt: 0.25)
print(particle)
double(&n)
print(n)
var a = 1, b = 2
swap(&a, &b)
print(a, b)
func bump(_ x: inout Double, by amount: Double = 1) { x += amount }
bump(&particle.x)
bump(&particle.v, by: 2)
print(particle)
var grid = [[0, 0], [0, 0]]
double(&grid[1][0])
grid[1][0] += 1
double(&grid[1][0])
print(grid)
