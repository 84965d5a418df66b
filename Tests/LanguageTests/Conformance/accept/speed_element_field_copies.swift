// `items[i].field = value` and `items[i].field op= value` on arrays of structs held by globals,
// locals and captured variables: copies of the array or of an element made before a change keep
// their values, with Int, Double and String fields.
struct Particle {
    var x: Double
    var v: Double
    var hits: Int
    var name: String
}

var particles = Array(repeating: Particle(x: 0, v: 1, hits: 0, name: "p"), count: 4)
let snapshot = particles
let first = particles[0]
for step in 0..<3 {
    for i in 0..<particles.count {
        particles[i].x += particles[i].v * 0.5
        particles[i].v *= 2
        particles[i].hits += i
        particles[i].name += String(step)
    }
}
particles[1].x = -1
particles[2].hits -= 100
print(particles)
print(snapshot)
print(first)

var copy = particles
copy[0].x += 10
copy[3].name = "changed"
print(copy[0].x, particles[0].x, copy[3].name, particles[3].name)

var element = particles[2]
particles[2].hits = 7
element.hits += 1
print(element.hits, particles[2].hits)

var nestedArrays = [particles, particles]
nestedArrays[0][1].x += 100
print(nestedArrays[0][1].x, nestedArrays[1][1].x, particles[1].x)

func simulate(_ count: Int, _ steps: Int) -> [Particle] {
    var local = (0..<count).map { Particle(x: Double($0), v: 0.25, hits: 0, name: "") }
    let before = local
    for _ in 0..<steps {
        for i in 0..<local.count {
            local[i].x += local[i].v
            local[i].hits += 1
        }
    }
    local[local.count - 1].name = "last"
    local[count / 2].name += "middle"
    print(before.map(\.x), before.map(\.hits))
    return local
}
print(simulate(3, 4))

func accumulate() -> Int {
    var cells = [Particle(x: 0, v: 0, hits: 1, name: "a"), Particle(x: 0, v: 0, hits: 2, name: "b")]
    func bump(_ i: Int) { cells[i].hits *= 10 }
    for i in 0..<cells.count { bump(i) }
    let add = { (i: Int, n: Int) in cells[i].hits += n }
    add(0, 5)
    add(1, 6)
    return cells[0].hits + cells[1].hits
}
print(accumulate())

var order: [String] = []
func position(_ i: Int) -> Int {
    order.append("index \(i)")
    return i
}
func amount(_ value: Double) -> Double {
    order.append("value \(value)")
    return value
}
particles[position(0)].x += amount(2)
particles[position(1)].x = amount(3)
print(order, particles[0].x, particles[1].x)

var counters = [Particle](repeating: Particle(x: 0, v: 0, hits: 0, name: ""), count: 2)
for i in 0..<10 { counters[i % 2].hits += i }
counters[0].hits &+= Int.max
print(counters.map(\.hits))

var k = 0
func moveK() -> Double {
    k = 1
    return 5
}
particles[k].x += moveK()
particles[k].hits = particles.count
print(k, particles[0].x, particles[1].hits)
particles[0].hits += {
    particles.append(Particle(x: 9, v: 9, hits: 9, name: "added"))
    particles[0].hits = 1000
    return 1
}()
print(particles.count, particles[0].hits, particles[particles.count - 1].name)
func localOrder() {
    var items = [Particle(x: 1, v: 0, hits: 0, name: "l")]
    var j = 0
    items[j].hits -= {
        j = 5
        items.insert(Particle(x: 2, v: 0, hits: 50, name: "m"), at: 0)
        return 3
    }()
    print(j, items.map(\.hits), items.map(\.name))
}
localOrder()
