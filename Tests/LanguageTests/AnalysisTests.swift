import XCTest
@testable import Language

/// The planner's view of a cell: what it declares, reads and may mutate.
final class AnalysisTests: XCTestCase {
    func analyses(_ sources: [String]) throws -> [CellAnalysis] {
        let session = Session(bindings: makeHostBindings()) { _ in }
        return try sources.enumerated().map { index, source in
            try session.compile(CellSource(source, file: "nb.md", lineOffset: index * 10)).analysis
        }
    }

    func testDeclaresReadsAndMutates() throws {
        let result = try analyses([
            "let model = Stack()\nvar curve: [Double] = []\nlet rate = 0.1",
            """
            model.add(nn.Scale(1, by: rate))
            for epoch in 1...3 { curve.append(Double(epoch) * rate) }
            let summary = curve.count
            """,
            "func report() -> String { \"\\(summary) points\" }\nlet text = report()",
        ])
        XCTAssertEqual(result[0], CellAnalysis(declares: ["model", "curve", "rate"], reads: [], mutates: []))
        XCTAssertEqual(result[1], CellAnalysis(declares: ["summary"], reads: ["curve", "model", "rate"], mutates: ["curve", "model"]))
        XCTAssertEqual(result[2], CellAnalysis(declares: ["report", "text"], reads: ["summary"], mutates: []))
    }

    func testForCaseLoopsDeclareOnlyWhatTheCellNames() throws {
        let result = try analyses([
            "let maybes: [Int?] = [1, nil]\nvar total = 0",
            "for case let value? in maybes where value > 0 { total += value }\nlet done = true",
        ])
        XCTAssertEqual(result[1], CellAnalysis(declares: ["done"], reads: ["maybes", "total"], mutates: ["total"]))
    }

    func testAssignmentsThroughPropertiesAndSubscriptsAreMutations() throws {
        let result = try analyses([
            "var counts = [0, 0]\nvar total = 0\nclass Box { var value = 0 }\nlet box = Box()",
            "counts[1] += 1\ntotal = 3\nbox.value = 2",
        ])
        XCTAssertEqual(result[1].mutates, ["box", "counts", "total"])
        XCTAssertEqual(result[1].declares, [])
    }

    func testLocalsAreNotGlobalNames() throws {
        let result = try analyses([
            "let base = 2",
            "func square(_ x: Int) -> Int { let y = x * x\n return y * base }\nlet nine = [1, 2, 3].map { v in square(v) }",
        ])
        XCTAssertEqual(result[1], CellAnalysis(declares: ["square", "nine"], reads: ["base"], mutates: []))
    }
}
