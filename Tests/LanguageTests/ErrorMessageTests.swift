import XCTest
@testable import Language

/// Golden tests of error messages: exact text, Markdown location, source line and caret, for
/// every kind of error the pipeline reports.
final class ErrorMessageTests: XCTestCase {
    /// Runs `source` as a cell whose first line is line 11 of `nb.md` and returns the rendering.
    func failure(_ source: String, bindings: Bindings = Bindings()) -> String {
        let session = Session(bindings: bindings) { _ in }
        do {
            let value = try session.run(CellSource(source, file: "nb.md", lineOffset: 10))
            return "no error; shown \(value)"
        } catch {
            return String(describing: error)
        }
    }

    func testSyntaxErrorUsesSwiftSyntaxDiagnostics() {
        XCTAssertEqual(failure("let x = (1, 2"), "nb.md:11:14: error: expected ')' to end tuple\nlet x = (1, 2\n             ^")
    }

    func testUnsupportedConstructsAreNamed() {
        XCTAssertEqual(failure("let x = 1\ntypealias Pair<T> = (T, T)"),
                       "nb.md:12:1: error: generic type aliases are not supported in notebook cells\ntypealias Pair<T> = (T, T)\n^")
        XCTAssertEqual(failure("import Foundation\nimport Glibc\n1 + 1"), "no error; shown 2")
        XCTAssertEqual(failure("import TensorFlow"), "nb.md:11:8: error: no such module 'TensorFlow' in notebook cells: Foundation is always "
                       + "available, and the notebook's own libraries (Tensor, nn, Keras layers, plots) need no import\nimport TensorFlow\n       ^")
        XCTAssertEqual(failure("func f() {\n    import Foundation\n}"),
                       "nb.md:12:5: error: declaration is only valid at file scope\n    import Foundation\n    ^")
        XCTAssertEqual(failure("struct S { protocol P {} }"),
                       "nb.md:11:12: error: nested protocols are not supported in notebook cells\nstruct S { protocol P {} }\n           ^")
        XCTAssertEqual(failure("func f() { var x = 0 { didSet { print(x) } } }"),
                       "nb.md:11:22: error: computed variables and observers inside functions and closures are not supported in notebook cells\nfunc f() { var x = 0 { didSet { print(x) } } }\n                     ^")
        XCTAssertEqual(failure("let x = 1\nlet y = await x"), "nb.md:12:9: error: async calls ('await') are not supported in notebook cells\nlet y = await x\n        ^")
        XCTAssertEqual(failure("infix operator ***"), "nb.md:11:1: error: operator declarations are not supported in notebook cells\ninfix operator ***\n^")
        XCTAssertEqual(failure("actor A {}"), "nb.md:11:1: error: actors are not supported in notebook cells\nactor A {}\n^")
        XCTAssertEqual(failure("@propertyWrapper struct W {}"), "nb.md:11:1: error: attributes such as @propertyWrapper are not supported in notebook cells\n@propertyWrapper struct W {}\n^")
    }

    func testTypeErrorsAreFoundBeforeRunningWithTheFix() {
        XCTAssertEqual(failure("\"a\" + 1"),
                       "nb.md:11:5: error: binary operator '+' cannot be applied to operands of type 'String' and 'Int'\n\"a\" + 1\n    ^")
        XCTAssertEqual(failure("let n = 3\nlet x: Double = n"),
                       "nb.md:12:17: error: cannot convert value of type 'Int' to specified type 'Double'; convert it with 'Double(n)'\nlet x: Double = n\n                ^")
    }

    func testEveryTypeErrorOfACellIsReported() {
        let session = Session { _ in }
        XCTAssertThrowsError(try session.compile(CellSource("let n = 3\nlet a: Double = n\nlet b = n * 2.5\nprint(\"never\")"))) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.map(\.location.line), [2, 3])
        }
    }

    func testUndefinedNameSuggestsAName() {
        XCTAssertEqual(failure("let learningRate = 0.1\nprint(learningRat)"),
                       "nb.md:12:7: error: cannot find 'learningRat' in scope; did you mean 'learningRate'?\nprint(learningRat)\n      ^")
        XCTAssertEqual(failure("pirnt(1)"), "nb.md:11:1: error: cannot find 'pirnt' in scope; did you mean 'print'?\npirnt(1)\n^")
    }

    func testAssignmentToLet() {
        XCTAssertEqual(failure("let x = 1\nx = 2"), "nb.md:12:1: error: cannot assign to value: 'x' is a 'let' constant\nx = 2\n^")
        XCTAssertEqual(failure("let xs = [1]\nxs.append(2)"),
                       "nb.md:12:1: error: cannot use mutating member on immutable value: 'xs' is a 'let' constant; declare it with 'var'\nxs.append(2)\n^")
    }

    func testWrongUseOfSelf() {
        XCTAssertEqual(failure("print(self)"), "nb.md:11:7: error: 'self' can only be used inside the methods of a class\nprint(self)\n      ^")
    }

    func testDuplicateDeclarationWithNote() {
        XCTAssertEqual(failure("let a = 1\nlet a = 2"),
                       "nb.md:12:5: error: invalid redeclaration of 'a'\nlet a = 2\n    ^\nnb.md:11:5: note: 'a' previously declared here")
    }

    func testRuntimeErrors() {
        XCTAssertEqual(failure("let big = Int.max\nbig + 1"),
                       "nb.md:12:5: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\nbig + 1\n    ^")
        XCTAssertEqual(failure("let z = 0\n10 / z"), "nb.md:12:4: error: division by zero\n10 / z\n   ^")
        XCTAssertEqual(failure("let xs = [1]\nxs[5]"), "nb.md:12:3: error: index 5 out of range for an array of 1 elements\nxs[5]\n  ^")
        XCTAssertEqual(failure("let o: Int? = nil\no!"), "nb.md:12:2: error: unexpectedly found nil while unwrapping an optional value\no!\n ^")
        XCTAssertEqual(failure("func g(a: Int) {}\ng(1)"),
                       "nb.md:12:1: error: 'g' expects 'a:' at argument 1, found an unlabelled argument\ng(1)\n^")
    }

    func testRecursionDepthIsLimited() {
        XCTAssertEqual(failure("func f(_ n: Int) -> Int { f(n + 1) }\nf(0)"),
                       "nb.md:11:27: error: too many nested calls (more than 10000): is the recursion unbounded?\nfunc f(_ n: Int) -> Int { f(n + 1) }\n                          ^\nnb.md:12:1: note: called from here")
    }

    func testConversionFailureNamesTheArgument() {
        XCTAssertEqual(failure("pair(kernelSize: \"3\")", bindings: makeHostBindings()),
                       "nb.md:11:18: error: cannot convert value of type 'String' to expected argument type '(Int, Int)'\npair(kernelSize: \"3\")\n                 ^")
        XCTAssertEqual(failure("let three = { \"3\" }()\npair(kernelSize: three)", bindings: makeHostBindings()),
                       "nb.md:12:1: error: argument 'kernelSize' expects Int or (Int, Int), got String\npair(kernelSize: three)\n^")
    }

    func testUnknownHostMemberSuggestsAName() {
        XCTAssertEqual(failure("let s = Stack()\ns.ad(nn.Scale(1))", bindings: makeHostBindings()),
                       "nb.md:12:3: error: value of type 'Stack' has no member 'ad'; did you mean 'add'?\ns.ad(nn.Scale(1))\n  ^")
    }

    func testWholeNotebookIsResolvedBeforeAnythingRuns() {
        let session = Session { _ in }
        let cells = [
            CellSource("var total = 0\nfor i in 0..<10 { total += i }", file: "nb.md", lineOffset: 3),
            CellSource("let mean = Double(total) / 10", file: "nb.md", lineOffset: 9),
            CellSource("print(meen)", file: "nb.md", lineOffset: 15),
        ]
        let errors = session.check(cells)
        XCTAssertEqual(errors.map(\.description), ["nb.md:16:7: error: cannot find 'meen' in scope; did you mean 'mean'?\nprint(meen)\n      ^"])
        XCTAssertNil(session.value(of: "total"), "nothing ran")
    }

    func testRunTimeErrorInAFunctionNotesTheCallsItRanUnder() throws {
        let session = Session { _ in }
        _ = try session.run(CellSource("""
            func last(_ xs: [Int]) -> Int { xs[xs.count] }
            func twice(_ xs: [Int]) -> Int { last(xs) * 2 }
            func countdown(_ n: Int) -> Int { n == 0 ? twice([1]) : countdown(n - 1) }
            """, file: "nb.md", lineOffset: 2))
        XCTAssertThrowsError(try session.run(CellSource("let xs = [1, 2].map { $0 * 2 }\nprint(countdown(3))", file: "nb.md", lineOffset: 9))) { error in
            XCTAssertEqual(String(describing: error), """
                nb.md:3:35: error: index 1 out of range for an array of 1 elements
                func last(_ xs: [Int]) -> Int { xs[xs.count] }
                                                  ^
                nb.md:4:34: note: called from here
                nb.md:5:44: note: called from here
                nb.md:11:7: note: called from here
                """)
        }
    }

    func testRunTimeErrorInAMethodOrInitializerNotesTheCallsItRanUnder() {
        let source = """
            final class Box { var items = [1]; func last() -> Int { items[items.count] } }
            struct Pair { var a: Int; init(_ box: Box) { a = box.last() } }
            let box = Box()
            for _ in 0..<2 { _ = Pair(box) }
            """
        XCTAssertEqual(failure(source), """
            nb.md:11:62: error: index 1 out of range for an array of 1 elements
            final class Box { var items = [1]; func last() -> Int { items[items.count] } }
                                                                         ^
            nb.md:12:54: note: called from here
            nb.md:14:22: note: called from here
            """)
    }

    func testRedeclarationAcrossCells() {
        let session = Session { _ in }
        let errors = session.check([
            CellSource("let rate = 0.1", file: "nb.md", lineOffset: 2),
            CellSource("let rate = 0.2", file: "nb.md", lineOffset: 8),
        ])
        XCTAssertEqual(errors.map(\.description),
                       ["nb.md:9:5: error: invalid redeclaration of 'rate'\nlet rate = 0.2\n    ^\nnb.md:3:5: note: 'rate' previously declared here"])
    }

    func testCancellationStopsAnInfiniteLoop() {
        let session = Session { _ in }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { session.cancellation.cancel() }
        XCTAssertThrowsError(try session.run(CellSource("var n = 0\nwhile true { n += 1 }", file: "nb.md"))) { error in
            XCTAssertEqual((error as? LanguageError)?.kind, .cancelled)
        }
    }

    // Where Swift traps in the standard library, the cell stops with a located error instead.

    func testAFailingForcedCastIsLocated() {
        XCTAssertEqual(failure("let items: [Any] = [1, \"two\"]\nlet n = items[1] as! Int"),
                       "nb.md:12:18: error: could not cast value of type 'String' to 'Int'\nlet n = items[1] as! Int\n                 ^")
    }

    func testAForcedCastConvertsNothing() {
        XCTAssertEqual(failure("let boxed: Any = 3\nlet d = boxed as! Double"),
                       "nb.md:12:15: error: could not cast value of type 'Int' to 'Double'\nlet d = boxed as! Double\n              ^")
    }

    func testAConditionalCastOfTheWrongTypeIsNil() {
        XCTAssertEqual(failure("let x: Any = 2.5\nx as? Int"), "no error; shown nil")
    }

    func testACharacterOfTwoLettersIsLocated() {
        XCTAssertTrue(failure("let text = \"ab\"\nlet c = Character(text)").contains("nb.md:12:9: error: Can't form a Character from a String containing more than one extended grapheme cluster"))
    }

    func testDuplicateKeysAreLocated() {
        XCTAssertTrue(failure("let d = Dictionary(uniqueKeysWithValues: [(1, \"a\"), (1, \"b\")])").contains("Duplicate values for key: '1'"))
    }

    func testFallthroughInsideALoopIsNamedUnsupported() {
        XCTAssertTrue(failure("switch 1 {\ncase 1:\n    for _ in 0..<2 { fallthrough }\ndefault:\n    break\n}")
            .contains("nb.md:13:22: error: 'fallthrough' statements inside a loop inside a case are not supported"))
    }

    func testAFallthroughWithoutANextCaseIsRejectedBeforeRunning() {
        XCTAssertTrue(failure("print(\"never\")\nswitch 1 {\ndefault:\n    fallthrough\n}")
            .contains("nb.md:14:5: error: 'fallthrough' without a following 'case' or 'default' block"))
    }

    /// Where the compiled program traps (`swiftc` keeps assertions in its default build), the cell
    /// stops at the call with the message.
    func testFailedAssertionsAndPreconditionsStopAtTheCall() {
        XCTAssertEqual(failure("let n = 3\nassert(n > 5, \"n is too small\")"),
                       "nb.md:12:1: error: assertion failed: n is too small\nassert(n > 5, \"n is too small\")\n^")
        XCTAssertEqual(failure("precondition(1 > 2)"), "nb.md:11:1: error: precondition failed\nprecondition(1 > 2)\n^")
        XCTAssertEqual(failure("func f() -> Int { preconditionFailure(\"no\") }\nf()"),
                       "nb.md:11:19: error: precondition failed: no\nfunc f() -> Int { preconditionFailure(\"no\") }\n                  ^\nnb.md:12:1: note: called from here")
        XCTAssertEqual(failure("assert(2 > 1)\nassertionFailure()"), "nb.md:12:1: error: assertion failed\nassertionFailure()\n^")
    }
}
