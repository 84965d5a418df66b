class Particle {
    var x: Double
    var v: Double
    var label: String?
    init(x: Double) {
        self.x = x
        if x > 0 {
            v = 1
        }
    }
}
print(Particle(x: 1).x)
