import XCTest
@testable import Report

/// The default templates are the Report module's `templates` resources: every file loads, and
/// every partial they name exists.
final class BuiltInTemplatesTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheDefaultsAreTheTemplatesFolderOfTheSources() throws {
        let sources = try TemplateSet.files(under: Self.repositoryRoot.appendingPathComponent("Sources/Report/templates"))
        let defaults = try TemplateSet(directory: nil).files
        XCTAssertEqual(defaults, sources)
        XCTAssertNotNil(defaults["\(TemplateSet.pageTemplate).mustache"])
        XCTAssertNotNil(defaults[TemplateSet.stylesheetFile])
    }

    func testEveryPartialTheTemplatesNameExists() throws {
        let files = try TemplateSet(directory: nil).files
        let names = Set(files.keys.map { $0.replacingOccurrences(of: ".mustache", with: "") })
        for (path, contents) in files {
            for piece in contents.components(separatedBy: "{{> ").dropFirst() {
                let partial = String(piece.prefix { $0 != "}" }).trimmingCharacters(in: .whitespaces)
                XCTAssertTrue(names.contains(partial), "\(path) uses missing partial \(partial)")
            }
        }
    }
}
