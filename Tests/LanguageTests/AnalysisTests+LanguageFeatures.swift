import XCTest
@testable import Language

/// What the cache's dependency graph learns of type aliases and of variables with accessors: a
/// cell writing an alias reads it from the cell that declares it, and a variable whose getter or
/// observers run code is declared as one that does (its users depend on what that code uses).
extension AnalysisTests {
    func testTypeAliasesAreDeclaredAndRead() throws {
        let result = try analyses([
            "typealias Samples = [Double]\ntypealias Celsius = Double",
            "let v: Samples = [1]\nlet c = Celsius(3)\nlet w = Samples(repeating: 0, count: 2)",
            "let plain: [Double] = []",
        ])
        XCTAssertEqual(result[0], CellAnalysis(declares: ["Samples", "Celsius"], reads: [], mutates: []))
        XCTAssertEqual(result[1], CellAnalysis(declares: ["v", "c", "w"], reads: ["Celsius", "Samples"], mutates: []))
        XCTAssertEqual(result[2].reads, [])
    }

    func testVariablesWithAccessorsAreDeclaredAsRunningCode() throws {
        let result = try analyses([
            "var width = 2.0\nvar log: [String] = []",
            "var area: Double { width * width }\nvar score = 0 { didSet { log.append(\"\\(score)\") } }\nvar plain = 1",
            "score = area > 3 ? 1 : 0",
        ])
        XCTAssertEqual(result[1].declaresAccessors, ["area", "score"])
        XCTAssertEqual(result[1].reads, ["log", "width"])
        XCTAssertEqual(result[1].mutates, ["log"])
        XCTAssertEqual(result[2], CellAnalysis(declares: [], reads: ["area", "score"], mutates: ["score"]))
    }
}
