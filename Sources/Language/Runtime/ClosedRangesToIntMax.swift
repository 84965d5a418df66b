/// A closed range of Ints reaching `Int.max` (`0...Int.max`, the endless counter of
/// `for i in 1...Int.max { … break }`). The language keeps an Int range as the half-open span it
/// covers, which cannot end past `Int.max`, so such a range is a host `ClosedRange<Int>`: it
/// iterates lazily, answers `contains`, `lowerBound`, `upperBound`, `isEmpty`, and its `count`
/// is the overflow Swift traps with when it exceeds `Int.max`.
extension StandardLibrary {
    static func installClosedRangesToIntMax(into bindings: Bindings) {
        bindings.type(ClosedRange<Int>.self, "ClosedRange") { t in
            t.sequence { $0 }
            t.method("contains", "_ value: Int") { range, a in range.contains(try a.int("value")) }
            t.property("lowerBound") { $0.lowerBound }
            t.property("upperBound") { $0.upperBound }
            t.property("isEmpty") { $0.isEmpty }
            t.property("first") { $0.first }
            t.property("last") { $0.last }
            t.property("count") { range -> Int in
                let (span, overflow) = range.upperBound.subtractingReportingOverflow(range.lowerBound)
                guard !overflow, span < Int.max else {
                    throw BindingError("arithmetic overflow: the range \(range) has more than Int.max elements")
                }
                return span + 1
            }
        }
        // Made by `a...Int.max` only; cells name the type through `ClosedRange<Int>` annotations.
        bindings.members["ClosedRange"] = nil
    }

    /// `a...b` with `b == Int.max`.
    static func closedRangeToIntMax(from lower: Int) -> Value {
        .host(lower...Int.max)
    }
}
