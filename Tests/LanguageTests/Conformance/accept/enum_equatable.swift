enum Light: Equatable { case red, green, amber(blinking: Bool) }
let a = Light.amber(blinking: true)
print(a == .amber(blinking: true), a == .amber(blinking: false), Light.red == .green)
var state = Light.red
state = .green
print(state)
