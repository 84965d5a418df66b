import XCTest
@testable import Language

/// Table-driven checks of the language subset: each case runs one cell in a fresh session and
/// compares the displayed value (and printed text, when given) with what Swift would produce.
final class EvaluationTests: XCTestCase {
    struct Case {
        let source: String
        let shown: String
        var printed: String? = nil
        let line: UInt

        init(_ source: String, _ shown: String, printed: String? = nil, line: UInt = #line) {
            self.source = source
            self.shown = shown
            self.printed = printed
            self.line = line
        }
    }

    func check(_ cases: [Case]) {
        for testCase in cases {
            var printed = ""
            let session = Session { printed += $0 }
            do {
                let value = try session.run(CellSource(testCase.source, file: "test.md"))
                XCTAssertEqual(value.isVoid ? "" : value.description, testCase.shown, testCase.source, line: testCase.line)
                if let expected = testCase.printed { XCTAssertEqual(printed, expected, testCase.source, line: testCase.line) }
            } catch {
                XCTFail("\(testCase.source)\n\(error)", line: testCase.line)
            }
        }
    }

    func testArithmeticAndLiterals() {
        check([
            Case("1 + 2 * 3", "7"),
            Case("(1 + 2) * 3", "9"),
            Case("7 / 2", "3"),
            Case("7 % 3", "1"),
            Case("-7 / 2", "-3"),
            Case("7.0 / 2", "3.5"),
            Case("1 + 0.5", "1.5"),
            Case("let x: Double = 1\nx", "1.0"),
            Case("2 - 3 - 4", "-5"),
            Case("true && !false", "true"),
            Case("let zero = 0\n1 < 2 || 1 / zero == 0", "true"),
            Case("let a = 3\na == 3 ? \"yes\" : \"no\"", "yes"),
            Case("\"a\" + \"b\"", "ab"),
            Case("let n = 4\n\"n = \\(n), twice \\(n * 2)\"", "n = 4, twice 8"),
            Case("1_000_000", "1000000"),
            Case("[1, 2, 3]", "[1, 2, 3]"),
            Case("[\"a\": 1]", "[\"a\": 1]"),
            Case("(1, \"x\")", "(1, \"x\")"),
            Case("0.1 + 0.2", "0.30000000000000004"),
            Case("Double.pi > 3", "true"),
            Case("Int.max", "9223372036854775807"),
        ])
    }

    func testVariablesScopesAndShadowing() {
        check([
            Case("var x = 1\nx += 2\nx *= 3\nx", "9"),
            Case("var x = 1\ndo { let x = 5\n print(x) }\nx", "1", printed: "5\n"),
            Case("let (a, b) = (1, 2)\na + b", "3"),
            Case("var (a, b) = (1, 2)\n(a, b) = (b, a)\n[a, b]", "[2, 1]"),
            Case("let t = (x: 1, y: 2)\nt.y", "2"),
            Case("let t = (1, 2)\nt.0", "1"),
            Case("var a = [1, 2]\nvar b = a\nb.append(3)\n[a.count, b.count]", "[2, 3]"),
            Case("var d = [\"a\": 1]\nd[\"b\"] = 2\nd[\"a\"] = nil\nd", "[\"b\": 2]"),
            Case("var grid = [[0, 0], [0, 0]]\ngrid[1][0] += 5\ngrid", "[[0, 0], [5, 0]]"),
        ])
    }

    func testControlFlow() {
        check([
            Case("var s = 0\nfor i in 1...4 { s += i }\ns", "10"),
            Case("var s = 0\nfor i in 0..<10 where i % 2 == 0 { s += i }\ns", "20"),
            Case("var s = 0\nfor i in 0..<10 { if i == 5 { break }\n if i % 2 == 1 { continue }\n s += i }\ns", "6"),
            Case("var n = 0\nwhile n < 5 { n += 1 }\nn", "5"),
            Case("var n = 0\nrepeat { n += 2 } while n < 5\nn", "6"),
            Case("for (i, x) in [\"a\", \"b\"].enumerated() { print(i, x) }", "", printed: "0 a\n1 b\n"),
            Case("for (k, v) in [\"a\": 1] { print(k, v) }", "", printed: "a 1\n"),
            Case("let x = 3\nif x > 5 { print(\"big\") } else if x > 2 { print(\"mid\") } else { print(\"small\") }", "", printed: "mid\n"),
            Case("func f(_ x: Int?) -> Int { guard let v = x else { return -1 }\n return v * 2 }\n[f(nil), f(4)]", "[-1, 8]"),
            Case("let o: Int? = 3\nif let v = o { print(v) }\nif let o { print(o + 1) }", "", printed: "3\n4\n"),
        ])
    }

    func testFunctionsAndClosures() {
        check([
            Case("func add(_ a: Int, to b: Int = 10) -> Int { a + b }\n[add(1), add(1, to: 2)]", "[11, 3]"),
            Case("func greet(name: String) -> String { return \"hi \" + name }\ngreet(name: \"x\")", "hi x"),
            Case("func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }\nsum(1, 2, 3)", "6"),
            Case("func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }\nfact(10)", "3628800"),
            Case("func counter() -> () -> Int { var c = 0\n return { c += 1\n return c } }\nlet next = counter()\n_ = next()\nnext()", "2"),
            Case("[1, 2, 3].map { $0 * 2 }", "[2, 4, 6]"),
            Case("[1, 2, 3, 4].filter { x in x % 2 == 0 }", "[2, 4]"),
            Case("[3, 1, 2].sorted()", "[1, 2, 3]"),
            Case("[3, 1, 2].sorted(by: >)", "[3, 2, 1]"),
            Case("[1, 2, 3].reduce(0) { $0 + $1 }", "6"),
            Case("var fs: [() -> Int] = []\nfor i in 0..<3 { fs.append { i * 10 } }\nfs.map { $0() }", "[0, 10, 20]"),
            Case("func apply(_ f: (Int) -> Int, _ x: Int) -> Int { f(x) }\napply({ $0 + 1 }, 1)", "2"),
            Case("func half(_ x: Double) -> Double { x / 2 }\nhalf(3)", "1.5"),
            Case("func one() -> Double { 1 }\none()", "1.0"),
            Case("let early = later(2)\nfunc later(_ x: Int) -> Int { x * 3 }\nearly", "6"),
            Case("func rate(_ epoch: Int) -> Double { if epoch < 3 { return 1 }\n return 0.5 }\nrate(1)", "1.0"),
        ])
    }

    func testStandardLibrary() {
        check([
            Case("Int(3.9)", "3"),
            Case("Int(\"42\")", "42"),
            Case("Int(\"x\") ?? -1", "-1"),
            Case("Double(3)", "3.0"),
            Case("String(12)", "12"),
            Case("abs(-3)", "3"),
            Case("min(3, 1, 2)", "1"),
            Case("max(1.5, 2)", "2.0"),
            Case("sqrt(16.0)", "4.0"),
            Case("pow(2, 10)", "1024.0"),
            Case("[1, 2, 3].contains(2)", "true"),
            Case("[\"a\", \"b\"].joined(separator: \"-\")", "a-b"),
            Case("Array([1, 2, 3].prefix(2))", "[1, 2]"),
            Case("zip([1, 2], [\"a\", \"b\"]).map { \"\\($0)\\($1)\" }", "[\"1a\", \"2b\"]"),
            Case("[1, 2, 3].first! + [1, 2, 3].last!", "4"),
            Case("[Int]().isEmpty", "true"),
            Case("(0..<5).count", "5"),
            Case("(1...3).map { $0 * $0 }", "[1, 4, 9]"),
            Case("\"Hello\".uppercased()", "HELLO"),
            Case("\"a,b,c\".split(separator: \",\")", "[\"a\", \"b\", \"c\"]"),
            Case("\"hello\".hasPrefix(\"he\")", "true"),
            Case("\"abc\".count", "3"),
            Case("String(format: \"%.2f|%5d|%@|%4@\", 3.14159, 42, \"x\", \"y\")", "3.14|   42|x|y"),
            Case("var xs = [3, 1]\nxs.sort()\nxs.insert(0, at: 0)\nxs.removeLast()\nxs", "[0, 1]"),
            Case("[\"b\": 2, \"a\": 1].keys.sorted()", "[\"a\", \"b\"]"),
            Case("let d = [\"a\": 1]\nd[\"z\", default: 7]", "7"),
        ])
    }

    func testOptionalsRangesAndStrings() {
        check([
            Case("let xs: [Int]? = [1, 2]\nxs?.count", "2"),
            Case("let ys: [Int]? = nil\nys?.count ?? 0", "0"),
            Case("let d = [\"a\": [1, 2]]\nd[\"a\"]?.first", "1"),
            Case("[String: Int]()", "[:]"),
            Case("stride(from: 0, to: 10, by: 3)", "[0, 3, 6, 9]"),
            Case("let a = [1, 2, 3]\n[a[1...], a[..<2]]", "[[2, 3], [1, 2]]"),
            Case("for c in \"ab\" { print(c) }", "", printed: "a\nb\n"),
            Case("\"\\(\"a\" + \"b\")!\"", "ab!"),
            Case("\"\"\"\n  one\n  two\n  \"\"\"", "one\ntwo"),
            Case("let (q, r) = (7 / 2, 7 % 2)\n\"\\(q) r\\(r)\"", "3 r1"),
            Case("func outer() -> Int { func inner(_ x: Int) -> Int { x + 1 }\n return inner(1) }\nouter()", "2"),
            Case("print(1, 2, separator: \", \", terminator: \"!\")", "", printed: "1, 2!"),
            Case("[1.5, 2.5].map { Int($0) }", "[1, 2]"),
            Case("(1...4).filter { $0 % 2 == 0 }.map { $0 * 10 }", "[20, 40]"),
            Case("[\"x\", \"yy\"].map { $0.count }.max()", "2"),
        ])
    }

    func testClasses() {
        check([
            Case("""
            class Counter {
                var count = 0
                let step: Int
                init(step: Int) { self.step = step }
                func tick() { count += step }
            }
            let c = Counter(step: 2)
            c.tick()
            c.tick()
            c.count
            """, "4"),
            Case("""
            class Animal { var name = "a"
                func speak() -> String { "I am \\(name)" } }
            class Dog: Animal { func bark() -> String { speak() + "!" } }
            let d = Dog()
            d.name = "rex"
            d.bark()
            """, "I am rex!"),
            Case("class A { var x = 1 }\nlet a = A()\nlet b = a\nb.x = 5\na.x", "5"),
        ])
    }

    /// A cell's last expression is shown, as a notebook shows it; a failed optional chain through
    /// a call that returns nothing has no value to show, but a missing value does.
    func testFinalValueOfOptionalChains() {
        check([
            Case("var scores: [String: [Int]] = [:]\nscores[\"bob\"]?.append(5)", ""),
            Case("var scores = [\"bob\": [1]]\nscores[\"bob\"]?.append(5)", ""),
            Case("let scores: [String: [Int]] = [:]\nscores[\"bob\"]?.count", "nil"),
            Case("let scores = [\"bob\": [1, 2]]\nscores[\"bob\"]?.count", "2"),
            Case("var seen: Set<Int> = []\nseen.insert(3).inserted", "true"),
        ])
    }
}
