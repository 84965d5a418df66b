import XCTest
@testable import Notebook

/// `notebook run -p name=value`: overrides typed by the parameter's declared type.
final class ParameterOverrideTests: XCTestCase {
    private func frontMatter() throws -> FrontMatter {
        try NotebookDocument.parse("""
        ---
        params:
          epochs: 5
          learningRate: 0.01
          shuffle: false
          optimizer: sgd
        ---
        """, file: "nb.md").frontMatter
    }

    func testOverridesAreTypedByTheDeclaredParameter() throws {
        let front = try frontMatter().applyingParameterOverrides(
            ["epochs=2", "learningRate=1", "shuffle=true", "optimizer=adam=fast"])
        XCTAssertEqual(front.params.map(\.value), [.int(2), .double(1), .bool(true), .string("adam=fast")])
        XCTAssertTrue(front.params.allSatisfy(\.isOverridden))
    }

    func testParametersWithoutOverrideKeepTheirValue() throws {
        let front = try frontMatter().applyingParameterOverrides(["epochs=3", "epochs=4"])
        XCTAssertEqual(front.param("epochs")?.value, .int(4))
        XCTAssertEqual(front.param("learningRate")?.value, .double(0.01))
        XCTAssertEqual(front.param("learningRate")?.isOverridden, false)
    }

    func testUnknownNameAndBadValuesAreAllReportedWithTheKnownParameters() throws {
        XCTAssertThrowsError(try frontMatter().applyingParameterOverrides(
            ["epoch=3", "epochs=2.5", "learningRate=fast", "shuffle=yes", "novalue"])) { error in
            XCTAssertEqual("\(error)", """
            -p epoch=3: unknown parameter 'epoch'
            -p epochs=2.5: '2.5' is not a valid Int for parameter 'epochs'
            -p learningRate=fast: 'fast' is not a valid Double for parameter 'learningRate'
            -p shuffle=yes: 'yes' is not a valid Bool for parameter 'shuffle'
            -p novalue: expected name=value
            known parameters: epochs: Int = 5, learningRate: Double = 0.01, shuffle: Bool = false, optimizer: String = "sgd"
            """)
        }
    }

    func testNonFiniteDoubleIsRejected() throws {
        XCTAssertThrowsError(try frontMatter().applyingParameterOverrides(["learningRate=nan"]))
    }

    func testOverrideWithoutDeclaredParametersSaysHowToDeclareThem() {
        XCTAssertThrowsError(try FrontMatter().applyingParameterOverrides(["x=1"])) { error in
            XCTAssertTrue("\(error)".contains("declares no parameters"), "\(error)")
        }
    }
}
