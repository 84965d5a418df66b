var customersInLine = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
func serve(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
print(customersInLine.count)
serve(customer: customersInLine.remove(at: 0))
print(customersInLine.count)
var evaluations = 0
func expensive() -> Int { evaluations += 1; return 42 }
func logIf(_ enabled: Bool, _ message: @autoclosure () -> String) {
    if enabled { print("log:", message()) }
}
logIf(false, "value \(expensive())")
logIf(true, "value \(expensive())")
print("evaluations", evaluations)
func myAnd(_ a: Bool, _ b: @autoclosure () -> Bool) -> Bool { a ? b() : false }
print(myAnd(false, expensive() > 0), myAnd(true, expensive() > 0), evaluations)
struct Logger {
    var lines: [String] = []
    mutating func debug(_ text: @autoclosure () -> String, enabled: Bool = true) {
        if enabled { lines.append(text()) }
    }
}
var logger = Logger()
logger.debug("a \(expensive())", enabled: false)
logger.debug("b \(expensive())")
print(logger.lines, evaluations)
