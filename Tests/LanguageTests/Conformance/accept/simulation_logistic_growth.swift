// Logistic growth with Euler steps.
var population = 10.0
let rate = 0.5
let capacity = 1000.0
let dt = 0.1
var history: [Double] = []
for step in 0..<50 {
    population += rate * population * (1 - population / capacity) * dt
    if step % 10 == 9 { history.append(population) }
}
print(history.map { Int($0) })
print(history.last! > 100)
