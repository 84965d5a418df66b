extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
    var variance: Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
    func scaled(by factor: Double) -> [Double] { map { $0 * factor } }
}

extension Array where Element == Int {
    var total: Int { reduce(0, +) }
}

let samples: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
print(samples.mean)
print(samples.variance)
print(samples.scaled(by: 0.5))
print([1, 2, 3].total)
let grades = [90.0, 85.5, 77.25]
print("mean grade \(grades.mean)")
