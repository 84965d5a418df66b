let die = Int.random(in: 1...6)
let fraction: Int = Double.random(in: 0..<1)
print(die, fraction)
