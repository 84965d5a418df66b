import XCTest
@testable import Report

/// Writes the sample article into the repository's `output/` folder (git-ignored), where
/// `make check-html` validates it and `make screenshot` photographs it: `sample.html` with its
/// figure in `sample_files/`, and the self-contained `sample-embedded.html`.
final class SampleOutputTests: XCTestCase {
    func testWritesTheSampleArticleForTheValidatorAndTheBrowser() throws {
        let output = BuiltInTemplatesTests.repositoryRoot.appendingPathComponent("output")
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
