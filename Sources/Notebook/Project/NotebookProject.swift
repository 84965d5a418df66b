import Foundation
import Yams

/// A notebook project: the folder that holds `notebook.yml` and the defaults it sets, so that a
/// notebook gives the same article from whatever directory the command runs in.
///
///     # notebook.yml, at the project root
///     output: output          # HTML, figures and the cell cache
///     data: data              # data root: MNIST is read from data/mnist
///     notebooks: notebooks    # what `notebook run` (no file) runs and where `notebook new` writes
///     templates: templates    # optional: Mustache templates instead of the built-in ones
///     params:                 # optional: defaults for notebooks that declare these parameters
///       epochs: 5
///
/// The file is found from the notebook's folder upward. Without one the notebook's own folder is
/// the root and the defaults apply (`output`, `data`, notebooks in the root itself). Every path
/// in the file is relative to the root.
public struct NotebookProject: Equatable {
    /// The name of the project file.
    public static let fileName = "notebook.yml"

    /// The project folder, absolute and standardised.
    public let root: URL
    /// The project file, when there is one.
    public let file: URL?
    public var output = "output"
    public var data = "data"
    public var notebooks = "notebooks"
    public var templates: String?
    /// Parameter defaults as written (`epochs: 5` → "5"), typed by each notebook's declaration.
    public var parameters: [String: String] = [:]

    init(root: URL, file: URL?) {
        self.root = root.standardizedFileURL
        self.file = file
    }

    /// The project of the notebook at `notebook`: the nearest `notebook.yml` from its folder
    /// upward, or its folder when there is none.
    public static func of(notebook: URL) throws -> NotebookProject {
        let folder = notebook.standardizedFileURL.deletingLastPathComponent()
        if let found = try enclosing(folder) { return found }
        var project = NotebookProject(root: folder, file: nil)
        project.notebooks = "."
        return project
    }

    /// The project whose file is in `folder` or one of its ancestors, or nil.
    public static func enclosing(_ folder: URL) throws -> NotebookProject? {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return try load(candidate) }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Reads a project file; a malformed one is a `UsageError` naming its place.
    static func load(_ file: URL) throws -> NotebookProject {
        var project = NotebookProject(root: file.deletingLastPathComponent(), file: file)
        let problem = { (message: String) in UsageError(message: "\(file.path):1:1: error: \(message)") }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(contentsOf: file, encoding: .utf8))
        } catch {
            throw problem("cannot read the project file: \(error)")
        }
        guard let node else { return project }
        guard let mapping = node.mapping else { throw problem("the project file must be a mapping of keys to values") }
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "output", "data", "notebooks", "templates":
                guard let path = value.string, !path.isEmpty else { throw problem("'\(name)' must be a folder path") }
                switch name {
                case "output": project.output = path
                case "data": project.data = path
                case "notebooks": project.notebooks = path
                default: project.templates = path
                }
            case "params":
                guard let params = value.mapping else { throw problem("'params' must be a mapping of names to values") }
                for (parameter, setting) in params {
                    guard let parameterName = parameter.string, let text = setting.string else {
                        throw problem("'params' must map names to single values")
                    }
                    project.parameters[parameterName] = text
                }
            default:
                throw problem("unknown key '\(name)' (known: output, data, notebooks, templates, params)")
            }
        }
        return project
    }

    /// `path` of the project file, as an absolute path under the root.
    public func resolve(_ path: String) -> String {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)).standardizedFileURL.path
    }

    /// The folder of the project's notebooks.
    public var notebooksFolder: URL { URL(fileURLWithPath: resolve(notebooks), isDirectory: true) }

    /// The notebooks `notebook run` runs without a file: `*.md` in the notebooks folder and in
    /// its `examples/` subfolder, sorted by path.
    public func allNotebooks() -> [URL] {
        [notebooksFolder, notebooksFolder.appendingPathComponent("examples", isDirectory: true)].flatMap { folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }
                .sorted().map { folder.appendingPathComponent($0) }
        }
    }

    /// `url` relative to the root when it lies inside it (`notebooks/article.md`), else absolute:
    /// the name a notebook goes by in messages, figures and the cache, whatever the working directory.
    public func displayPath(of url: URL) -> String {
        Self.path(url.standardizedFileURL.path, relativeTo: root.path)
    }

    /// The run options of the notebook at `notebook`: output, data root and templates from the
    /// project, the notebook named by its path within the project.
    public func runOptions(for notebook: URL) -> RunOptions {
        var options = RunOptions(file: notebook.standardizedFileURL.path)
        options.displayFile = displayPath(of: notebook)
        options.outputDirectory = resolve(output)
        options.dataRoot = resolve(data)
        options.templateDirectory = templates.map(resolve)
        options.projectRoot = root.path
        options.projectDefaults = parameters
        return options
    }

    /// Where the root came from, for messages: the project file or the notebook's folder.
    public var origin: String {
        file.map { "project root \(root.path) (from \($0.lastPathComponent))" }
            ?? "project root \(root.path) (the notebook's folder; no \(Self.fileName) found above it)"
    }
}

extension FrontMatter {
    /// The front matter with the project's parameter defaults applied to the parameters it
    /// declares (typed by the declaration; a default that does not fit the type is ignored).
    /// Unlike `-p`, a project default is not marked as overridden in the article's footer.
    func applyingProjectDefaults(_ defaults: [String: String]) -> FrontMatter {
        var result = self
        for index in result.params.indices {
            guard let text = defaults[result.params[index].name],
                  let value = FrontMatter.value(text, typedLike: result.params[index].value) else { continue }
            result.params[index].value = value
        }
        return result
    }
}

extension NotebookProject {
    /// `url` as the terminal shows it: relative to the working directory when inside it.
    public static func shownPath(_ url: URL) -> String {
        path(url.standardizedFileURL.path, relativeTo: FileManager.default.currentDirectoryPath)
    }

    /// `path` relative to the folder `folder` when it lies inside it, else `path` unchanged.
    static func path(_ path: String, relativeTo folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
