import XCTest
@testable import Language

/// The rejections that mirror swiftc's (the reject corpus proves their lines) say what is wrong
/// and how to fix it, at the place swiftc names, and reuse no other rule's words.
final class RejectionMessageTests: XCTestCase {
    /// The first error of `source` compiled as a cell of `nb.md` starting at line 1, as "line:column: message".
    func firstError(_ source: String) -> String {
        let session = Session { _ in }
        do {
            _ = try session.compile(CellSource(source, file: "nb.md"))
            return "accepted"
        } catch let failure as LanguageErrors {
            guard let first = failure.errors.first else { return "no errors" }
            return "\(first.location.line):\(first.location.column): \(first.message)"
        } catch {
            return "\(error)"
        }
    }

    func testClosureWithTooManyParametersSaysHowManyTheContextPasses() {
        XCTAssertEqual(firstError("let ys = [1, 2].map { a, b in a }"),
                       "1:21: contextual closure type '(Int) -> …' expects 1 argument, but 2 were used in closure body; write '{ x in … }'")
    }

    func testClosureIgnoringItsArgumentIsToldToName() {
        XCTAssertEqual(firstError("[1].forEach { print(1) }"),
                       "1:13: contextual type for closure argument list expects 1 argument, which cannot be implicitly ignored; "
                       + "write '{ x in … }' ('_ in' ignores an argument)")
    }

    func testPrivateMemberNamesItsType() {
        XCTAssertEqual(firstError("struct S { private var secret = 1 }\nprint(S().secret)"),
                       "2:11: 'secret' is inaccessible due to 'private' protection level; declare it without 'private' to use it outside 'S'")
    }

    func testMissingOverrideIsReportedAtTheMember() {
        XCTAssertEqual(firstError("class A { func f() {} }\nclass B: A {\n    func f() {}\n}"),
                       "3:10: overriding declaration requires an 'override' keyword; write 'override' before the declaration")
    }

    func testInitializerLeavingAPropertyUnsetNamesIt() {
        XCTAssertEqual(firstError("struct P {\n    var x: Int\n    var y: Int\n    init() {\n        x = 1\n    }\n}"),
                       "6:5: return from initializer without initializing all stored properties; 'y' is not set on every path")
    }

    func testLetPropertySetTwiceInInit() {
        XCTAssertEqual(firstError("struct P {\n    let x: Int\n    init() {\n        x = 1\n        x = 2\n    }\n}"),
                       "5:9: immutable value 'self.x' may only be initialized once")
    }

    func testVarReadBeforeAssignment() {
        XCTAssertEqual(firstError("func f() {\n    var x: Int\n    print(x)\n}"), "3:11: variable 'x' used before being initialized")
    }

    func testWarningsAreNotRejections() {
        XCTAssertEqual(firstError("func f() -> Int { 1 }\nf()\nvar never = 3\nprint(never)\nlet m = 4\nprint(m ?? 0)"), "accepted")
    }
}
