import Foundation
@testable import Builtins
import Notebook
import Report
import XCTest

/// Files a cell writes with `write(to:)`: where they land, how they are linked from the page,
/// that the cell cache brings them back byte for byte, and the located errors for bad paths.
final class WrittenFileTests: XCTestCase {
    static let notebook = """
    ---
    title: Files
    ---

    ```swift
    //| label: numbers
    let values = [1.5, 2.25, 3.0]
    ```

    ```swift
    //| label: writer
    let rows = values.enumerated().map { [Double($0.offset), $0.element] }
    CSV.write(rows, header: ["step", "value"], to: "results.csv")
    try "mean \\(values.reduce(0, +) / 3)\\n".write(toFile: "notes/summary.txt", atomically: true, encoding: .utf8)
    JSON.write(["count": values.count, "name": "run \\"a\\"", "values": values], to: "results.json")
    ```

    ```swift
    //| label: unrelated
    let answer = 42
    print(answer)
    ```
    """

    private func file(_ fixture: NotebookFixture, _ path: String) -> Data? {
        FileManager.default.contents(atPath: fixture.outputDirectory.appendingPathComponent("test_files/\(path)").path)
    }

    func testWrittenFilesLandInThePageFolderWithTheirExactBytes() throws {
        let fixture = try NotebookFixture(Self.notebook)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.result("writer")?.error, nil, fixture.progress.allText)
        XCTAssertEqual(file(fixture, "results.csv").map { String(decoding: $0, as: UTF8.self) },
                       "step,value\n0.0,1.5\n1.0,2.25\n2.0,3.0\n")
        XCTAssertEqual(file(fixture, "notes/summary.txt").map { String(decoding: $0, as: UTF8.self) }, "mean 2.25\n")
        XCTAssertEqual(file(fixture, "results.json").map { String(decoding: $0, as: UTF8.self) }, """
        {
          "count": 3,
          "name": "run \\"a\\"",
          "values": [
            1.5,
            2.25,
            3.0
          ]
        }

        """)
    }

    func testEachWrittenFileIsLinkedUnderItsCell() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        let html = try fixture.html()
        let cell = try XCTUnwrap(section(of: "writer", in: html))
        XCTAssertTrue(cell.contains(#"<a class="file-link" href="test_files/results.csv" download="results.csv">results.csv</a> <span class="file-size">(36 bytes)</span>"#), cell)
        XCTAssertTrue(cell.contains(#"href="test_files/notes/summary.txt" download="notes/summary.txt""#), cell)
        XCTAssertTrue(cell.contains(#"href="test_files/results.json""#), cell)
        XCTAssertFalse(try XCTUnwrap(section(of: "unrelated", in: html)).contains("file-link"))
    }

    func testEmbeddedPageCarriesTheFileAsADataURI() throws {
        let fixture = try NotebookFixture(Self.notebook)
        var options = fixture.options()
        options.embed = true
        _ = NotebookRunner(options: options).run()
        let html = try fixture.html()
        let csv = Data("step,value\n0.0,1.5\n1.0,2.25\n2.0,3.0\n".utf8).base64EncodedString()
        XCTAssertTrue(html.contains(#"href="data:text/csv;base64,\#(csv)" download="results.csv""#), html)
    }

    func testRestoredCellWritesItsFileBackAndThePageIsUnchanged() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        let page = try fixture.html()
        let bytes = try XCTUnwrap(file(fixture, "results.csv"))
        let pageFolder = fixture.outputDirectory.appendingPathComponent("test_files")

        // The page folder and the page are gone; the cache brings both back, identical.
        try FileManager.default.removeItem(at: pageFolder)
        try FileManager.default.removeItem(at: fixture.outputDirectory.appendingPathComponent("test.html"))
        let restored = fixture.run()
        XCTAssertEqual(restored.result("writer")?.status, .restored)
        XCTAssertEqual(file(fixture, "results.csv"), bytes)
        XCTAssertNotNil(file(fixture, "notes/summary.txt"))
        XCTAssertEqual(try fixture.html(), page, "a restored page is byte-identical to the page of the run that computed it")

        // An unrelated cell changes: the writer is restored, its file and its part of the page unchanged.
        try Self.notebook.replacingOccurrences(of: "let answer = 42", with: "let answer = 43")
            .write(toFile: fixture.file, atomically: true, encoding: .utf8)
        try Data("overwritten".utf8).write(to: pageFolder.appendingPathComponent("results.csv"))
        let edited = fixture.run()
        XCTAssertEqual(edited.result("writer")?.status, .restored)
        XCTAssertEqual(ran(edited), ["unrelated"])
        XCTAssertEqual(file(fixture, "results.csv"), bytes)
        XCTAssertEqual(section(of: "writer", in: try fixture.html()), section(of: "writer", in: page))
    }

    func testTensorsAreWrittenForNumPyOrAsCSV() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: tensor
        let t = Tensor([1.0, -2.5, 0.125, 4.0, 5.0, 6.0], shape: [2, 3])
        t.write(to: "t.npy")
        t.write(to: "t.csv")
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.result("tensor")?.error, nil, fixture.progress.allText)
        XCTAssertEqual(file(fixture, "t.csv").map { String(decoding: $0, as: UTF8.self) }, "1.0,-2.5,0.125\n4.0,5.0,6.0\n")
        let npy = try XCTUnwrap(file(fixture, "t.npy"))
        XCTAssertEqual(Array(npy.prefix(8)), [0x93] + Array("NUMPY".utf8) + [1, 0])
        let headerLength = Int(npy[8]) | Int(npy[9]) << 8
        XCTAssertEqual((10 + headerLength) % 64, 0, "the data starts on a 64-byte boundary")
        let header = String(decoding: npy[10..<(10 + headerLength)], as: UTF8.self)
        XCTAssertEqual(header.trimmingCharacters(in: .whitespacesAndNewlines),
                       "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }")
        let floats = stride(from: 10 + headerLength, to: npy.count, by: 4).map { offset -> Float in
            let bytes = (0..<4).map { UInt32(npy[offset + $0]) << (8 * UInt32($0)) }
            return Float(bitPattern: bytes.reduce(0, |))
        }
        XCTAssertEqual(floats, [1.0, -2.5, 0.125, 4.0, 5.0, 6.0])
    }

    func testATableReadFromCSVIsWrittenBackAsCSVAndATensorAsNestedJSON() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: round-trip
        let data = CSV.read("m.csv")
        data.filter { $0.double("t") >= 1 }.write(to: "late.csv")
        data.write(to: "all.tsv", separator: "\\t")
        JSON.write(["w": Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2])], to: "w.json")
        ```
        """)
        try "t,x,label\n0,1.5,a\n1,,\"b, c\"\n2,NA,d\n".write(to: fixture.directory.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.result("round-trip")?.error, nil, fixture.progress.allText)
        XCTAssertEqual(file(fixture, "late.csv").map { String(decoding: $0, as: UTF8.self) }, "t,x,label\n1,,\"b, c\"\n2,,d\n")
        XCTAssertEqual(file(fixture, "all.tsv").map { String(decoding: $0, as: UTF8.self) }, "t\tx\tlabel\n0\t1.5\ta\n1\t\tb, c\n2\t\td\n")
        XCTAssertEqual(file(fixture, "w.json").map { String(decoding: $0, as: UTF8.self) },
                       "{\n  \"w\": [\n    [\n      1.0,\n      2.0\n    ],\n    [\n      3.0,\n      4.0\n    ]\n  ]\n}\n")
    }

    func testPathsOutsideThePageFolderAreLocatedErrors() throws {
        let cases: [(code: String, message: String)] = [
            (#"CSV.write([[1]], to: "../escape.csv")"#, "'../escape.csv' leaves the page's folder test_files/ through '..'"),
            (#"JSON.write([1], to: "/tmp/abs.json")"#, "'/tmp/abs.json' is an absolute path"),
            (#"try "x".write(toFile: "", atomically: true, encoding: .utf8)"#, "the file name is empty"),
            (#"CSV.write([[1]], to: "tables/")"#, "'tables/' names a folder, not a file"),
            (#"CSV.write([[1]], to: "a\\b.csv")"#, "contains '\\', which a file name here cannot hold"),
            (#"Tensor([1.0], shape: [1]).write(to: "t.bin")"#, "a tensor is written as .npy (NumPy) or .csv"),
            (#"JSON.write([1.0 / 0.0], to: "inf.json")"#, "the value[0] is inf, which JSON cannot hold"),
        ]
        for (code, message) in cases {
            let fixture = try NotebookFixture("```swift\n//| label: bad\n\(code)\n```\n")
            let outcome = fixture.run()
            XCTAssertEqual(outcome.result("bad")?.error.map { _ in true }, true, code)
            assertLocatedError(fixture.progress.allText, fixture, line: 3, message)
            XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent("escape.csv").path))
        }
    }

    func testCSVFieldsAreQuotedOnlyWhenTheyMustBe() throws {
        let data = try FileEncodings.csv(header: ["name", "note"], rows: [
            [.string("plain"), .string("a, b")],
            [.string("quote \"q\""), .none],
            [.string(" padded"), .string("two\nlines")],
        ])
        XCTAssertEqual(String(decoding: data, as: UTF8.self),
                       "name,note\nplain,\"a, b\"\n\"quote \"\"q\"\"\",\n\" padded\",\"two\nlines\"\n")
        XCTAssertThrowsError(try FileEncodings.csv(header: ["a", "b"], rows: [[.int(1)]])) { error in
            XCTAssertEqual("\(error)", "row 1 has 1 value, but the header has 2 columns")
        }
    }

    func testWritingTheSamePathTwiceKeepsOneLink() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: twice
        try "first".write(toFile: "a.txt", atomically: true, encoding: .utf8)
        try "second!".write(toFile: "a.txt", atomically: true, encoding: .utf8)
        ```
        """)
        let outcome = fixture.run()
        let links = outcome.result("twice")?.outputs.filter { if case .file = $0 { return true } else { return false } }
        XCTAssertEqual(links, [.file(OutputFile(path: "test_files/a.txt", byteCount: 7))])
    }

    /// The HTML of the cell with anchor `cell-<label>` (up to the next cell or the end).
    private func section(of label: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"cell-\(label)\"") else { return nil }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "<div class=\"cell ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
