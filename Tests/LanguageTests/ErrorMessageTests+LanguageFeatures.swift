import XCTest
@testable import Language

/// The run-time behaviour of `String.Index`, closed ranges reaching `Int.max`, optionals' `map`
/// and fixed-width integers: where Swift traps, a cell stops with a located error (the
/// conformance corpus holds the programs that run to the end), and a random Int drawn from a
/// range reaching `Int.max` stays in it.
extension ErrorMessageTests {
    func testCountOfAClosedRangeOfMoreThanIntMaxElementsIsTheOverflow() {
        XCTAssertEqual(failure("let all = 0...Int.max\nall.count"),
                       "nb.md:12:5: error: arithmetic overflow: the range 0...9223372036854775807 has more than Int.max elements\nall.count\n    ^")
        XCTAssertEqual(failure("(1...Int.max).count"), "no error; shown 9223372036854775807")
    }

    func testMovingAStringIndexPastAnEndIsLocated() {
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(after: s.endIndex)"),
                       "nb.md:12:3: error: String index is out of bounds\ns.index(after: s.endIndex)\n  ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns[s.endIndex]"), "nb.md:12:2: error: String index is out of bounds\ns[s.endIndex]\n ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(s.startIndex, offsetBy: 3)"),
                       "nb.md:12:3: error: String index is out of bounds\ns.index(s.startIndex, offsetBy: 3)\n  ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(s.startIndex, offsetBy: 3, limitedBy: s.endIndex) == nil"), "no error; shown true")
    }

    func testOptionalMapOfNilSkipsTheClosure() {
        XCTAssertEqual(failure("let x: Int? = nil\nvar ran = false\nlet y = x.map { n -> Int in ran = true; return n }\nran"),
                       "no error; shown false")
    }
}

extension ErrorMessageTests {
    func testFixedWidthIntegersTrapWhereSwiftTraps() {
        XCTAssertEqual(failure("let a: UInt8 = 250\na + 10"),
                       "nb.md:12:3: error: arithmetic overflow: 250 + 10 does not fit in UInt8\na + 10\n  ^")
        XCTAssertEqual(failure("let z: UInt8 = 0\nz - 1"), "nb.md:12:3: error: arithmetic overflow: 0 - 1 does not fit in UInt8\nz - 1\n  ^")
        XCTAssertEqual(failure("let n = 300\nUInt8(n)"),
                       "nb.md:12:1: error: Not enough bits to represent the passed value: 300 as UInt8\nUInt8(n)\n^")
        XCTAssertEqual(failure("let b: Int8 = -128\n-b"), "nb.md:12:1: error: arithmetic overflow negating -128 as Int8\n-b\n^")
        XCTAssertEqual(failure("let d: Int32 = 0\nlet x: Int32 = 5\nx / d"), "nb.md:13:3: error: division by zero\nx / d\n  ^")
        XCTAssertEqual(failure("let ok: UInt8 = 250\nok &+ 10"), "no error; shown 4")
    }
}

extension ErrorMessageTests {
    func testRandomIntegerOfAClosedRangeReachingIntMaxIsInTheRange() {
        XCTAssertEqual(failure("var inside = true\nfor _ in 0..<200 { if Int.random(in: (Int.max - 3)...Int.max) < Int.max - 3 { inside = false } }\ninside"),
                       "no error; shown true")
        XCTAssertEqual(failure("var seen = Set<Int>()\nfor _ in 0..<200 { seen.insert(Int.random(in: (Int.max - 1)...Int.max)) }\nseen.count"),
                       "no error; shown 2")
    }

    func testLazySequencesAreRejectedWithTheEagerForm() {
        XCTAssertEqual(failure("let squares = [1, 2].lazy.map { $0 * $0 }"),
                       "nb.md:11:22: error: 'lazy' is not supported in cells: cells compute sequences eagerly, so a lazy sequence's "
                       + "closures would run at a different time than in Swift; drop '.lazy' to compute the elements now\n"
                       + "let squares = [1, 2].lazy.map { $0 * $0 }\n                     ^")
    }

    func testLibraryNamesCellsLackSayWhatToWriteInstead() {
        XCTAssertEqual(failure("let v = SIMD2<Double>(1, 2)"),
                       "nb.md:11:9: error: 'SIMD2': SIMD vectors are not supported in cells; use a struct of Doubles, or a Tensor for many values\n"
                       + "let v = SIMD2<Double>(1, 2)\n        ^")
        XCTAssertTrue(failure("let coder = JSONDecoder()").contains("'JSONDecoder': Codable encoding and decoding are not supported in cells"))
    }
}
