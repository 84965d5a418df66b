// A `let` declared without a value gets it once on every path, as Swift's definite
// initialisation allows.
func grade(_ score: Int) -> String {
    let label: String
    if score >= 90 {
        label = "A"
    } else if score >= 80 {
        label = "B"
    } else {
        label = "C"
    }
    return label
}
print(grade(95), grade(85), grade(10))

enum Weather { case sunny, rainy(millimetres: Double) }
func advice(_ weather: Weather) -> String {
    let text: String
    switch weather {
    case .sunny: text = "hat"
    case .rainy(let mm) where mm > 10: text = "boots"
    case .rainy: text = "umbrella"
    }
    return text
}
print(advice(.sunny), advice(.rainy(millimetres: 20)), advice(.rainy(millimetres: 1)))

func parse(_ text: String) -> Int {
    let value: Int
    guard let parsed = Int(text) else { return -1 }
    value = parsed * 2
    return value
}
print(parse("21"), parse("x"))

let mean: Double
let samples = [2.0, 4.0, 9.0]
if samples.isEmpty { mean = 0 } else { mean = samples.reduce(0, +) / Double(samples.count) }
print(mean)

let limit: Int
do {
    limit = try checked(7)
} catch {
    limit = 0
}
print(limit)
func checked(_ n: Int) throws -> Int { n * 3 }

var total = 0
for n in 1...3 {
    let square: Int
    square = n * n
    total += square
}
print(total)
