struct Particle { var x: Double; var v: Double }
var particles = [Particle(x: 0, v: 1), Particle(x: 10, v: -2)]
for step in 1...3 {
    for i in particles.indices { particles[i].x += particles[i].v }
    print(step, particles.map { $0.x })
}
let fastest = particles.sorted { abs($0.v) > abs($1.v) }[0]
print(fastest)
