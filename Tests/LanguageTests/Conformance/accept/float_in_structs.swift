import Foundation
struct Sample {
    var weight: Float
    var bias: Float = 0.1
    func predict(_ x: Float) -> Float {
        weight * x + bias
    }
}
let s = Sample(weight: 0.3)
print(s)
print(s.predict(2), s.predict(0.5))
var samples = [Sample(weight: 1), Sample(weight: 0.25, bias: 2)]
samples[0].weight *= 3
print(samples)
let total = samples.map { $0.weight }.reduce(0, +)
print(total)
let root = sqrt(Float(2))
print(root, sqrt(2.0), pow(Float(2), Float(0.5)))
print(String(format: "%.3f", Float(1) / 3))
let scores: [Float] = [0.5, 0.25, 0.125]
print(scores.max()!, scores.min()!, scores.sorted())
let mean = scores.reduce(0, +) / Float(scores.count)
print(mean)
