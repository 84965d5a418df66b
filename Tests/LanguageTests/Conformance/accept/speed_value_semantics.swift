// Changes in place must never show through another copy of an array, a struct or a dictionary.
struct Particle { var x: Double; var v: Double }
var particles = Array(repeating: Particle(x: 0, v: 1), count: 3)
let before = particles
for step in 0..<4 {
    for i in 0..<particles.count { particles[i].x += particles[i].v * Double(step + i) }
}
print(before)
print(particles)
var first = particles[0]
first.x = -1.5
print(first.x, particles[0].x)
var grid = Array(repeating: [0, 0, 0], count: 3)
let row = grid[1]
grid[1][2] += 7
grid[0][0] = 1
print(grid, row)
var counts: [String: [Int]] = ["a": [1]]
let snapshot = counts
counts["a", default: []].append(2)
counts["b", default: [0]].append(3)
print(counts["a"]!, counts["b"]!, snapshot["a"]!, snapshot.count)
struct Box { var items: [Int]; var inner: Particle }
var box = Box(items: [1, 2], inner: Particle(x: 1, v: 2))
let saved = box
box.items[0] += 10
box.inner.v *= 3
box.items.append(4)
print(saved.items, saved.inner.v, box.items, box.inner.v)
var boxes = [box, box]
boxes[1].items[1] = 99
boxes[0].inner.x = 5
print(boxes[0].items, boxes[1].items, boxes[0].inner.x, boxes[1].inner.x, box.inner.x)
func bumped(_ p: Particle) -> Particle {
    var q = p
    q.x += 100
    return q
}
let p = particles[2]
print(bumped(p).x, p.x, particles[2].x)
