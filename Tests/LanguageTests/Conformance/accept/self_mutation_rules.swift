// What a struct's methods may change: anything in a mutating method (also from a closure it
// runs), an object a property refers to from any method, and locals that shadow nothing.
final class Log { var lines: [String] = [] }
struct Recorder {
    let log = Log()
    var count = 0
    func note(_ text: String) {
        log.lines.append(text)
        var count = self.count
        count += 1
        log.lines.append("local \(count)")
    }
    mutating func bump(by values: [Int]) {
        values.forEach { count += $0 }
    }
    var doubled: Int {
        get { count * 2 }
        set { count = newValue / 2 }
    }
}
var recorder = Recorder()
recorder.note("hello")
recorder.bump(by: [1, 2, 3])
recorder.doubled = 20
print(recorder.log.lines, recorder.count, recorder.doubled)
