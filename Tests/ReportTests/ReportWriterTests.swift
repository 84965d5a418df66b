import XCTest
@testable import Report

final class ReportWriterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("report-tests-\(UUID().uuidString)")
        let files = directory.appendingPathComponent(ReportRenderer.filesDirectoryName(forPage: "sample"))
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try SampleArticle.lossCurvePNG().write(to: directory.appendingPathComponent(SampleArticle.figurePath))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testWriteCreatesThePageAndLeavesNoTemporaryFiles() throws {
        let page = try ReportRenderer().write(SampleArticle.document, to: directory, name: "sample")
        XCTAssertEqual(page.lastPathComponent, "sample.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertEqual(html, try ReportRenderer().render(SampleArticle.document, options: RenderOptions(filesDirectory: "sample_files")))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names, ["sample.html", "sample_files"])
    }

    func testWriteCreatesAMissingOutputFolderAndReplacesAnOldPage() throws {
        let nested = directory.appendingPathComponent("new/output")
        try ReportRenderer().write(SampleArticle.document, to: nested, name: "a")
        var changed = SampleArticle.document
        changed.frontMatter.title = "Second run"
        let page = try ReportRenderer().write(changed, to: nested, name: "a")
        let tree = try HTMLTree.parse(try String(contentsOf: page, encoding: .utf8))
        XCTAssertEqual(tree.first("h1")?.textContent, "Second run")
    }

    func testEmbedInlinesFiguresAsDataURIs() throws {
        let page = try ReportRenderer().write(SampleArticle.document, to: directory, name: "sample", embed: true)
        let tree = try HTMLTree.parse(try String(contentsOf: page, encoding: .utf8))
        let source = try XCTUnwrap(tree.first("img")?.attributes["src"])
        XCTAssertTrue(source.hasPrefix("data:image/png;base64,"))
        let bytes = Data(base64Encoded: String(source.dropFirst("data:image/png;base64,".count)))
        XCTAssertEqual(bytes, SampleArticle.lossCurvePNG())
    }

    func testEmbedWithAMissingFigureIsAnErrorNamingTheFile() throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(SampleArticle.figurePath))
        XCTAssertThrowsError(try ReportRenderer().write(SampleArticle.document, to: directory, name: "sample",
                                                        embed: true)) { error in
            guard case ReportError.unreadableFile(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("sample_files/loss.png"))
        }
    }

    func testUserTemplateFolderOverridesBuiltInFilesOneByOne() throws {
        let templates = directory.appendingPathComponent("my-templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("partials"),
                                                withIntermediateDirectories: true)
        try "body { color: rebeccapurple; }".write(to: templates.appendingPathComponent("style.css"),
                                                   atomically: true, encoding: .utf8)
        try "<pre class=\"mine\">{{text}}</pre>\n".write(
            to: templates.appendingPathComponent("partials/output-text.mustache"), atomically: true, encoding: .utf8)
        let html = try ReportRenderer().render(SampleArticle.document, options: RenderOptions(templateDirectory: templates))
        let tree = try HTMLTree.parse(html)
        XCTAssertEqual(tree.first("style")?.textContent.trimmingCharacters(in: .whitespacesAndNewlines),
                       "body { color: rebeccapurple; }")
        XCTAssertEqual(tree.all("pre", class: "mine").count, 3)
        XCTAssertEqual(tree.all("div", class: "cell").count, 7, "the other templates are still the built-in ones")
    }

    func testMissingTemplateFolderIsReported() {
        let missing = directory.appendingPathComponent("nope")
        XCTAssertThrowsError(try ReportRenderer().render(SampleArticle.document,
                                                         options: RenderOptions(templateDirectory: missing))) { error in
            XCTAssertEqual(error as? ReportError, .templateDirectoryMissing(missing.path))
        }
    }

    func testBrokenTemplateIsReportedWithItsName() throws {
        let templates = directory.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#blocks}} never closed".write(to: templates.appendingPathComponent("article.mustache"),
                                             atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportRenderer().render(SampleArticle.document,
                                                         options: RenderOptions(templateDirectory: templates))) { error in
            guard case ReportError.templateSyntax(let template, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(template, "article.mustache")
        }
    }
}
