struct Stats { var count = 0; var total = 0.0 }
class Recorder {
    var stats = Stats()
    func add(_ x: Double) { stats.count += 1; stats.total += x }
}
let r = Recorder()
r.add(2); r.add(4)
print(r.stats, r.stats.total / Double(r.stats.count))
