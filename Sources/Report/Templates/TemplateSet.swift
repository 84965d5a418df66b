import Foundation
import Mustache

/// The Mustache templates and stylesheet a page is drawn with.
///
/// The defaults are compiled into the binary (`BuiltInTemplates`, generated from the repo's
/// `templates/` folder and kept in sync by a test), so the tool works from any directory. A
/// user's `--template DIR` overrides them file by file: `DIR/article.mustache`,
/// `DIR/partials/cell.mustache`, `DIR/style.css`, … Files the user did not copy fall back
/// to the built-in ones, so a custom stylesheet alone is enough.
struct TemplateSet {
    /// Name of the page template (`article.mustache`) and the stylesheet file.
    static let pageTemplate = "article"
    static let stylesheetFile = "style.css"

    /// Template files keyed by path relative to the template folder, e.g. `partials/cell.mustache`.
    private(set) var files: [String: String]

    /// Loads the built-in templates, overridden by those found under `directory` if given.
    init(directory: URL?) throws {
        files = BuiltInTemplates.files
        guard let directory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ReportError.templateDirectoryMissing(directory.path)
        }
        for relativePath in BuiltInTemplates.files.keys.sorted() {
            let url = directory.appendingPathComponent(relativePath)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[relativePath] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ReportError.unreadableFile(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// The stylesheet to inline into the page.
    var stylesheet: String {
        files[Self.stylesheetFile] ?? ""
    }

    /// A Mustache library with every `.mustache` file registered under its path without the
    /// extension (`article`, `partials/cell`, …), the names the templates use for partials.
    func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                try library.register(contents, named: name)
            } catch {
                throw ReportError.templateSyntax(template: path, reason: String(describing: error))
            }
        }
        return library
    }
}
