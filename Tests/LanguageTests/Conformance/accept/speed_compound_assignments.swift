// Compound assignments to globals, locals of the current scope and of enclosing scopes, with
// Int, Double, String and the operators without an inlined rule.
var count = 0
var ratio = 1.0
var text = "a"
for i in 0..<10 {
    count += i % 4
    count -= 1
    count *= 1
    ratio *= 1.5
    ratio /= 1.25
    text += String(i)
}
print(count, ratio, text)
var bits = 1
bits <<= 3
bits |= 5
bits &= 12
bits ^= 3
bits >>= 1
bits &+= Int.max
print(bits)
func nested(_ n: Int) -> (Int, Double, String) {
    var sum = 0
    var mean = 0.0
    var label = ""
    for i in 0..<n {
        let weight = i % 3
        sum += weight
        sum %= 1000
        mean += Double(weight) / Double(n)
        if weight == 0 { label += "." } else { label += "\(weight)" }
        do {
            var inner = i
            inner += sum
            sum += inner / 100
        }
    }
    return (sum, mean, label)
}
let (nestedSum, nestedMean, nestedLabel) = nested(12)
print(nestedSum, nestedMean, nestedLabel)
var capturedTotal = 0
let add = { (x: Int) in capturedTotal += x }
for i in 1...4 { add(i) }
print(capturedTotal)
func counter() -> () -> Int {
    var value = 10
    return {
        value += 5
        return value
    }
}
let next = counter()
print(next(), next(), next())
var steps: [Double] = [0.5, 1.5]
for i in 0..<steps.count { steps[i] += Double(i) * 2 }
print(steps)
func firstOver(_ limit: Int) -> Int {
    var acc = 0
    for i in 0..<100 {
        acc += i
        if acc > limit { return i }
        if i % 2 == 0 { continue }
    }
    return -1
}
print(firstOver(20), firstOver(10_000))
var outer = 0
for i in 0..<3 {
    for j in 0..<3 {
        if j > i { break }
        outer += i * 10 + j
    }
}
print(outer)
