func sum(_ values: Int...) -> Int { values.reduce(0, +) }
print(sum(), sum(1), sum(1, 2, 3))
func average(_ values: Double...) -> Double { values.reduce(0, +) / Double(values.count) }
print(average(1, 2, 4))
