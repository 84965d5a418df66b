import XCTest
@testable import Report

/// Writes the sample article — `sample.html` with its figure in `sample_files/`, and the
/// self-contained `sample-embedded.html` — into a temporary folder, or into the folder named by
/// `NOTEBOOK_SAMPLE_OUTPUT`: `make sample` points it at `output/`, where `make check-html`
/// validates the pages and `make screenshot` photographs them.
final class SampleOutputTests: XCTestCase {
    func testWritesTheSampleArticleForTheValidatorAndTheBrowser() throws {
        let requested = ProcessInfo.processInfo.environment["NOTEBOOK_SAMPLE_OUTPUT"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        let output = requested ?? FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString)")
        defer { if requested == nil { try? FileManager.default.removeItem(at: output) } }
        let files = output.appendingPathComponent(ReportRenderer.filesDirectoryName(forPage: "sample"))
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try SampleArticle.lossCurvePNG().write(to: output.appendingPathComponent(SampleArticle.figurePath), options: .atomic)

        let linked = try ReportRenderer().write(SampleArticle.document, to: output, name: "sample")
        let embedded = try ReportRenderer().render(SampleArticle.document,
                                                   options: RenderOptions(embedFiguresFrom: output))
        try Data(embedded.utf8).write(to: output.appendingPathComponent("sample-embedded.html"), options: .atomic)

        XCTAssertNoThrow(try HTMLTree.parse(try String(contentsOf: linked, encoding: .utf8)))
        XCTAssertNoThrow(try HTMLTree.parse(embedded))
    }
}
