import XCTest
@testable import Language

/// The compiled closures' fast paths against the tree walker's behaviour: the same errors, with
/// the same messages at the same places (overflow, division by zero, an index out of range, the
/// call depth), and changes made in place that never show through another copy of a value.
/// Output that swiftc can check is in `Conformance/accept/speed_*.swift`.
final class CompiledCodeTests: XCTestCase {
    private func run(_ source: String) -> String { cellOutput(source) }

    func testIntOverflowInCompiledArithmeticIsLocated() {
        XCTAssertEqual(run("var x = Int.max\nx += 1"),
                       "nb.md:12:3: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\nx += 1\n  ^")
        XCTAssertEqual(run("func f() -> Int { var x = Int.max; x += 1; return x }\nprint(f())"),
                       "nb.md:11:38: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\n"
                       + "func f() -> Int { var x = Int.max; x += 1; return x }\n                                     ^\nnb.md:12:7: note: called from here")
        XCTAssertEqual(run("func f(_ a: Int) -> Int { a * a }\nprint(f(Int.max))"),
                       "nb.md:11:29: error: arithmetic overflow: 9223372036854775807 * 9223372036854775807 does not fit in an Int\n"
                       + "func f(_ a: Int) -> Int { a * a }\n                            ^\nnb.md:12:7: note: called from here")
        XCTAssertEqual(run("var x = 0\nwhile x < 5 { x += 1 }\nprint(x)\nlet y = x - Int.min"),
                       "5\nnb.md:14:11: error: arithmetic overflow: 5 - -9223372036854775808 does not fit in an Int\nlet y = x - Int.min\n          ^")
        XCTAssertEqual(run("var n = 1\nfor _ in 0..<70 { n *= 2 }"),
                       "nb.md:12:21: error: arithmetic overflow: 4611686018427387904 * 2 does not fit in an Int\nfor _ in 0..<70 { n *= 2 }\n                    ^")
        XCTAssertEqual(run("let m = Int.min\nprint(m / -1)"),
                       "nb.md:12:9: error: arithmetic overflow: -9223372036854775808 / -1 does not fit in an Int\nprint(m / -1)\n        ^")
        XCTAssertEqual(run("let big = Int.max\nprint(1 - 2, 2 * big)"),
                       "nb.md:12:16: error: arithmetic overflow: 2 * 9223372036854775807 does not fit in an Int\nprint(1 - 2, 2 * big)\n               ^")
    }

    func testDivisionByZeroIsLocatedAndDoubleDivisionIsNot() {
        XCTAssertEqual(run("let z = 0\nprint(10 / z)"), "nb.md:12:10: error: division by zero\nprint(10 / z)\n         ^")
        XCTAssertEqual(run("let z = 0\nprint(10 % z)"), "nb.md:12:10: error: division by zero\nprint(10 % z)\n         ^")
        XCTAssertEqual(run("let xs = [1.5, 2.5]\nvar s = 0.0\nfor x in xs { s += x / 0 }\nprint(s)"), "inf\n")
    }

    func testOverflowInElementsAndPropertiesChangedInPlaceIsLocated() {
        XCTAssertEqual(run("var c: [Int: Int] = [:]\nfor i in 0..<10 { c[i % 3, default: Int.max - 1] += 1 }"),
                       "nb.md:12:50: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\n"
                       + "for i in 0..<10 { c[i % 3, default: Int.max - 1] += 1 }\n                                                 ^")
        XCTAssertEqual(run("struct P { var x: Double; var n: Int }\nvar ps = Array(repeating: P(x: 0, n: Int.max), count: 3)\n"
                           + "for i in 0..<ps.count { ps[i].x += 1.5; ps[i].n += i }\nprint(ps[0].x, ps[1].x)"),
                       "nb.md:13:49: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\n"
                       + "for i in 0..<ps.count { ps[i].x += 1.5; ps[i].n += i }\n                                                ^")
    }

    func testIndexOutOfRangeIsLocated() {
        XCTAssertEqual(run("var xs = [1, 2]\nxs[2] += 1"),
                       "nb.md:12:3: error: index 2 out of range for an array of 2 elements\nxs[2] += 1\n  ^")
        XCTAssertEqual(run("var xs = [1, 2]\nprint(xs[5])"),
                       "nb.md:12:9: error: index 5 out of range for an array of 2 elements\nprint(xs[5])\n        ^")
        XCTAssertEqual(run("struct P { var x: Int }\nvar ps = [P(x: 1)]\nps[3].x = 2"),
                       "nb.md:13:3: error: index 3 out of range for an array of 1 elements\nps[3].x = 2\n  ^")
        XCTAssertEqual(run("var grid = [[1, 2], [3]]\ngrid[1][1] = 5"),
                       "nb.md:12:8: error: index 1 out of range for an array of 1 elements\ngrid[1][1] = 5\n       ^")
    }

    /// `items[i].x` read where the array stores it, from a global and from a local, traps at the
    /// subscript for an index past either end, in a loop whose body is one assignment too.
    func testElementPropertyReadsOutOfRangeAreLocated() {
        XCTAssertEqual(run("struct P { var x = 1.0 }\nvar ps = [P()]\nvar t = 0.0\nfor i in 0..<3 { t += ps[i].x }"),
                       "nb.md:14:25: error: index 1 out of range for an array of 1 elements\nfor i in 0..<3 { t += ps[i].x }\n                        ^")
        XCTAssertEqual(run("struct P { var x = 1.0 }\nvar ps = [P()]\nfor i in -1..<1 { ps[i + 1].x += ps[i].x * 2 }"),
                       "nb.md:13:36: error: index -1 out of range for an array of 1 elements\n"
                       + "for i in -1..<1 { ps[i + 1].x += ps[i].x * 2 }\n                                   ^")
        XCTAssertEqual(run("struct P { var x = 1.0 }\nfunc f() -> Double {\n    let ps = [P(), P()]\n    return ps[2].x\n}\nprint(f())"),
                       "nb.md:14:14: error: index 2 out of range for an array of 2 elements\n    return ps[2].x\n             ^\n"
                       + "nb.md:16:7: note: called from here")
    }

    func testUnboundedRecursionMeetsTheCallDepthLimit() {
        XCTAssertEqual(run("func down(_ n: Int) -> Int { down(n + 1) }\nprint(down(0))"),
                       "nb.md:11:30: error: too many nested calls (more than 10000): is the recursion unbounded?\n"
                       + "func down(_ n: Int) -> Int { down(n + 1) }\n                             ^\nnb.md:12:7: note: called from here")
    }

    /// `items[i].x op= value` on an array in a function's local: the index and the right-hand side
    /// are evaluated before the element is reached, so the right-hand side's effects happen before
    /// an index out of range traps; an overflow in an Int property is located at the operator.
    func testElementPropertyChangesOnLocalsRaiseLocatedErrors() {
        XCTAssertEqual(run("struct P { var x = 0.0; var n = 0 }\nfunc f() {\n    var ps = [P()]\n"
                           + "    ps[2].x += { print(\"rhs\"); return 1.5 }()\n}\nf()"),
                       "rhs\nnb.md:14:7: error: index 2 out of range for an array of 1 elements\n"
                       + "    ps[2].x += { print(\"rhs\"); return 1.5 }()\n      ^\nnb.md:16:1: note: called from here")
        XCTAssertEqual(run("struct P { var x = 0.0; var n = 0 }\nfunc f() {\n    var ps = [P(), P(x: 0, n: Int.max)]\n"
                           + "    for i in 0..<ps.count { ps[i].n += 1 }\n}\nf()"),
                       "nb.md:14:37: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\n"
                       + "    for i in 0..<ps.count { ps[i].n += 1 }\n                                    ^\nnb.md:16:1: note: called from here")
    }

    /// A change that fails part way leaves every other copy of the value as it was.
    func testAFailedChangeKeepsTheOtherCopies() throws {
        var printed = ""
        let session = Session(bindings: Bindings()) { printed += $0 }
        XCTAssertThrowsError(try session.run(CellSource("""
            struct P { var n: Int }
            var ps = [P(n: 1), P(n: Int.max)]
            let saved = ps
            for i in 0..<ps.count { ps[i].n += 1 }
            """)))
        _ = try session.run(CellSource("print(saved, ps)"))
        XCTAssertEqual(printed, "[main.P(n: 1), main.P(n: 9223372036854775807)] [main.P(n: 2), main.P(n: 9223372036854775807)]\n")
    }

    func testSharedStructsAndRowsChangeOnlyTheirOwnCopy() {
        XCTAssertEqual(run("""
            struct P { var n: Int }
            var ps = Array(repeating: P(n: 1), count: 3)
            let saved = ps
            for i in 0..<ps.count { ps[i].n *= 10 + i }
            var grid = Array(repeating: [0, 0], count: 2)
            grid[1][0] += 5
            print(saved, ps, grid)
            """), "[main.P(n: 1), main.P(n: 1), main.P(n: 1)] [main.P(n: 10), main.P(n: 11), main.P(n: 12)] [[0, 0], [5, 0]]\n")
    }

    /// A closure made in a loop keeps its own iteration's variable although frames are reused.
    func testLoopFramesAreNotSharedWithClosures() {
        XCTAssertEqual(run("""
            var fs: [() -> Int] = []
            for i in 0..<3 { fs.append { i * 10 } }
            for _ in 0..<2 { let k = 7; fs.append { k } }
            print(fs.map { $0() })
            """), "[0, 10, 20, 7, 7]\n")
    }

    /// Compound assignments whose operator's rule is inlined still raise the tree walker's errors:
    /// on a local of an enclosing scope, on a Double-typed global fed an overflowing Int, in a
    /// loop that keeps its frame across iterations.
    func testInlinedCompoundAssignmentsRaiseLocatedErrors() {
        XCTAssertEqual(run("func f() -> Int {\n    var acc = Int.max - 2\n    for i in 0..<5 { acc += i }\n    return acc\n}\nprint(f())"),
                       "nb.md:13:26: error: arithmetic overflow: 9223372036854775806 + 2 does not fit in an Int\n"
                       + "    for i in 0..<5 { acc += i }\n                         ^\nnb.md:16:7: note: called from here")
        XCTAssertEqual(run("var r = 100\nfor i in 0..<5 { r %= (3 - i) }"),
                       "nb.md:12:20: error: division by zero\nfor i in 0..<5 { r %= (3 - i) }\n                   ^")
        XCTAssertEqual(run("var m = Int.min\nfor _ in 0..<1 { m /= -1 }"),
                       "nb.md:12:20: error: arithmetic overflow: -9223372036854775808 / -1 does not fit in an Int\n"
                       + "for _ in 0..<1 { m /= -1 }\n                   ^")
    }

    /// An error thrown out of a loop body leaves the interpreter in the loop's enclosing scope:
    /// the locals after the loop are the caller's, not the loop's.
    func testAnErrorLeavingALoopRestoresTheEnclosingFrame() {
        XCTAssertEqual(run("""
            enum Stop: Error { case at(Int) }
            func scan(_ limit: Int) throws -> Int {
                var seen = 0
                for i in 0..<10 {
                    let doubled = i * 2
                    if doubled > limit { throw Stop.at(i) }
                    seen += doubled
                }
                return seen
            }
            func run() -> String {
                let before = "kept"
                var result = 0
                do { result = try scan(7) } catch { result = -1 }
                for j in 0..<3 { do { result += try scan(j) } catch { result += 100 } }
                return before + " \\(result)"
            }
            print(run())
            """), "kept 299\n")
    }

    /// A dictionary counted into through `default:` keeps copy-on-write value semantics, and an
    /// entry removed and counted again starts from the default.
    func testCountingIntoADictionaryLeavesItsCopiesAlone() {
        XCTAssertEqual(run("""
            var counts: [Int: Int] = [1: 1, 2: 2]
            let copy = counts
            counts[1, default: 0] += 10
            counts[2] = nil
            counts[2, default: 7] += 1
            counts["three".count, default: 0] -= 1
            var keyed: [String: Int] = ["a": 1]
            let keyedCopy = keyed
            keyed["a", default: 0] += 1
            keyed["b"] = 5
            keyed["a"] = nil
            print(copy, counts, keyedCopy, keyed)
            """), "[1: 1, 2: 2] [1: 11, 2: 8, 5: -1] [\"a\": 1] [\"b\": 5]\n")
    }

    /// A mutating call's closure may read the receiver's neighbours (no exclusivity trap).
    func testAClosureOfAMutatingCallReadsOtherStorage() {
        XCTAssertEqual(run("""
            class Counter { var items: [Int] = []; var threshold = 2 }
            let counter = Counter()
            counter.items = [1, 2, 3, 4]
            counter.items.removeAll { $0 > counter.threshold }
            var values = [5, 1, 4]
            let limit = 3
            values.removeAll { $0 > limit }
            print(counter.items, values)
            """), "[1, 2] [1]\n")
    }
}
