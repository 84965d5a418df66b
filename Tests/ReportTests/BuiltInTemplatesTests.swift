import XCTest
@testable import Report

/// The binary carries the default templates as Swift strings; the repo's `templates/` folder
/// is what users copy. This test keeps the two equal, and regenerates the Swift file when run
/// with `NOTEBOOK_UPDATE_TEMPLATES=1`.
final class BuiltInTemplatesTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private let templatesFolder = repositoryRoot.appendingPathComponent("templates")
    private let generatedFile = repositoryRoot.appendingPathComponent("Sources/Report/Templates/BuiltInTemplates.swift")

    func testCompiledInTemplatesMatchTheTemplatesFolder() throws {
        let onDisk = try templateFiles()
        let expectedSource = Self.swiftSource(for: onDisk)
        if ProcessInfo.processInfo.environment["NOTEBOOK_UPDATE_TEMPLATES"] == "1" {
            try expectedSource.write(to: generatedFile, atomically: true, encoding: .utf8)
        }
        let hint = "run NOTEBOOK_UPDATE_TEMPLATES=1 swift test --filter BuiltInTemplatesTests, then test again"
        XCTAssertEqual(BuiltInTemplates.files.keys.sorted(), onDisk.keys.sorted(), "template files added or removed: \(hint)")
        for (path, contents) in onDisk.sorted(by: { $0.key < $1.key }) where BuiltInTemplates.files[path] != contents {
            XCTFail("templates/\(path) differs from the compiled-in copy: \(hint)")
        }
        XCTAssertEqual(try String(contentsOf: generatedFile, encoding: .utf8), expectedSource)
    }

    func testEveryPartialTheTemplatesNameExists() throws {
        let names = Set(BuiltInTemplates.files.keys.map { $0.replacingOccurrences(of: ".mustache", with: "") })
        for (path, contents) in BuiltInTemplates.files {
            for piece in contents.components(separatedBy: "{{> ").dropFirst() {
                let partial = String(piece.prefix { $0 != "}" }).trimmingCharacters(in: .whitespaces)
                XCTAssertTrue(names.contains(partial), "\(path) uses missing partial \(partial)")
            }
        }
    }

    private func templateFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: templatesFolder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "mustache" || url.pathExtension == "css" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(templatesFolder.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    static func swiftSource(for files: [String: String]) -> String {
        var lines = [
            "// Generated from the repository's templates/ folder; do not edit by hand.",
            "// After changing templates/, run: NOTEBOOK_UPDATE_TEMPLATES=1 swift test --filter BuiltInTemplatesTests",
            "",
            "/// The default templates and stylesheet, compiled in so the tool works from any directory.",
            "enum BuiltInTemplates {",
            "    static let files: [String: String] = [",
        ]
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(path)\": ##\"\"\"\n\(contents)\n\"\"\"##,")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }
}
