import Foundation

/// `Date`, for timing and dating what a cell does: `Date()` is now, `timeIntervalSince(_:)`
/// measures, and a date prints as Swift prints it (`2026-12-05 08:57:36 +0000`). A cell that
/// prints the time prints a different page each run; the cache keeps the run that computed it.
extension StandardLibrary {
    static func installDates(into bindings: Bindings) {
        bindings.type(Date.self, "Date") { t in
            t.valueInitializer("() -> Date") { _ in .host(Date()) }
            t.valueInitializer("(timeIntervalSince1970: Double) -> Date") { a in
                .host(Date(timeIntervalSince1970: try a.double(0)))
            }
            t.valueInitializer("(timeIntervalSinceNow: Double) -> Date") { a in
                .host(Date(timeIntervalSinceNow: try a.double(0)))
            }
            t.valueInitializer("(timeInterval: Double, since: Date) -> Date") { a in
                .host(Date(timeInterval: try a.double(0), since: try a.get(1, as: Date.self)))
            }
            t.property("timeIntervalSince1970") { $0.timeIntervalSince1970 }
            t.property("timeIntervalSinceNow") { $0.timeIntervalSinceNow }
            t.property("description") { $0.description }
            t.method("timeIntervalSince", "_ date: Date") { date, a in date.timeIntervalSince(try a.get("date", as: Date.self)) }
            t.method("addingTimeInterval", "_ interval: Double") { date, a in date.addingTimeInterval(try a.double("interval")) }
            t.method("distance", "to other: Date") { date, a in date.distance(to: try a.get("other", as: Date.self)) }
            t.method("advanced", "by interval: Double") { date, a in date.advanced(by: try a.double("interval")) }
        }
        let comparisons: [(String, (Date, Date) -> Bool)] = [("<", { $0 < $1 }), (">", { $0 > $1 }), ("<=", { $0 <= $1 }),
                                                              (">=", { $0 >= $1 }), ("==", { $0 == $1 }), ("!=", { $0 != $1 })]
        for (symbol, compare) in comparisons {
            bindings.binaryOperator(symbol) { (a: Date, b: Date) in compare(a, b) }
        }
        bindings.binaryOperator("+") { (date: Date, interval: Double) in date + interval }
        bindings.binaryOperator("-") { (date: Date, interval: Double) in date - interval }
    }
}
