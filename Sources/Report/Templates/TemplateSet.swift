import Foundation
import Mustache

/// The Mustache templates and stylesheet a page is drawn with.
///
/// The defaults are the Report module's `templates` folder, which SwiftPM copies next to the
/// executable (`notebook_Report.resources/templates`), so the tool works from any directory. A
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
        let defaults = try Self.files(under: Self.builtInDirectory)
        files = defaults
        guard let directory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ReportError.templateDirectoryMissing(directory.path)
        }
        for relativePath in defaults.keys.sorted() {
            let url = directory.appendingPathComponent(relativePath)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[relativePath] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ReportError.unreadableFile(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// Where the default templates are: the `templates` resources beside the executable.
    static var builtInDirectory: URL {
        Bundle.main.bundleURL.appendingPathComponent("notebook_Report.resources/templates", isDirectory: true)
    }

    /// Every `.mustache` and `.css` file under `directory`, keyed by its path relative to it.
    static func files(under directory: URL) throws -> [String: String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportError.templateDirectoryMissing(directory.path)
        }
        let root = directory.standardizedFileURL.path
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "mustache" || url.pathExtension == "css" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            do {
                files[relative] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw ReportError.unreadableFile(path: url.path, reason: error.localizedDescription)
            }
        }
        return files
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
