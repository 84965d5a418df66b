// `items[i].field` read where the array stores it, and `items[i].field op= value` changed in
// place, on arrays held by globals, locals and captured variables: reads see every change made
// before them and none made to a copy, whatever the index (a loop variable, a literal, a global,
// an expression) and whatever the element (a struct, a class instance, a `lazy` or observed
// property).
struct Particle {
    var x: Double
    var v: Double
    var n: Int
}

var particles = (0..<4).map { Particle(x: Double($0), v: Double($0) * 0.5, n: $0) }
let before = particles
for _ in 0..<3 {
    for i in 0..<particles.count {
        particles[i].x += particles[i].v * 0.01
        particles[i].v -= particles[(i + 1) % particles.count].x * 0.5
        particles[i].n += particles[i].n
    }
}
print(particles.map(\.x), particles.map(\.v), particles.map(\.n))
print(before.map(\.x), before[3].v, before[2].n)

var which = 2
particles[which].x += particles[0].x
particles[0].x += particles[0].x
particles[which + 1].n -= particles[which].n
print(particles[0].x, particles[which].x, particles[3].n, particles[which - 1].v)

var copies: [[Particle]] = []
for i in 0..<particles.count {
    copies.append(particles)
    particles[i].x = -particles[i].x * 2
    particles[i].n = copies.count
}
print(copies.map { $0.map(\.n) }, particles.map(\.n))
print(copies[0][0].x, copies[1][0].x, particles[0].x)

func drift(_ steps: Int) -> [Double] {
    var local = [Particle(x: 1, v: 0.25, n: 0), Particle(x: 2, v: -0.5, n: 1)]
    let saved = local
    for _ in 0..<steps {
        for i in 0..<local.count { local[i].x += local[i].v * 2 }
    }
    func nudge(_ i: Int) { local[i].x += local[1 - i].x }
    nudge(0)
    let read = { (i: Int) in local[i].x * 10 }
    print(saved.map(\.x), read(0), read(1))
    return local.map(\.x)
}
print(drift(4))

final class Box {
    var value = 1.5
}
var boxes = [Box(), Box()]
let aliases = boxes
for i in 0..<boxes.count { boxes[i].value += boxes[i].value * Double(i + 1) }
print(boxes.map(\.value), aliases.map(\.value))

struct Lazy {
    var seed: Int
    lazy var square: Int = seed * seed
    var watched = 0.0 {
        didSet { print("watched \(oldValue) -> \(watched)") }
    }
}
var lazies = [Lazy(seed: 3), Lazy(seed: 4)]
for i in 0..<lazies.count {
    lazies[i].watched += Double(lazies[i].seed) * 0.5
    print(lazies[i].square, lazies[i].watched)
}
lazies[0].seed = 10
print(lazies[0].square, lazies[1].square)
