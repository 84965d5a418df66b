import Foundation

/// `notebook new NAME`: a starter notebook in the project's notebooks folder — front matter, a
/// paragraph of prose, and a cell that loads the MNIST digits from the project's data root and
/// draws some of them — ready for `notebook run NAME.md`.
public enum StarterNotebook {
    /// Writes `<notebooks>/<name>.md` (".md" added unless given) and returns its URL.
    /// - Throws: `UsageError` when the name is not a plain file name or the file exists already.
    public static func create(named name: String, in project: NotebookProject) throws -> URL {
        let fileName = name.hasSuffix(".md") ? name : name + ".md"
        let base = String(fileName.dropLast(3))
        guard !base.isEmpty, !fileName.contains("/"), !fileName.hasPrefix(".") else {
            throw UsageError(message: "error: '\(name)' is not a notebook name (use a plain file name such as my-study)")
        }
        let folder = project.notebooksFolder
        let url = folder.appendingPathComponent(fileName)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw UsageError(message: "\(NotebookProject.shownPath(url)): error: the file exists already; choose another name or delete it first")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = FileManager.default.createFile(atPath: url.path, contents: Data(text(title: base).utf8))
        guard created else { throw UsageError(message: "\(NotebookProject.shownPath(url)): error: cannot write the file") }
        return url
    }

    /// The notebook's text, titled after its file name (`my-study` → "My study").
    static func text(title base: String) -> String {
        let words = base.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        let title = words.prefix(1).uppercased() + words.dropFirst()
        return """
        ---
        title: \(title)
        subtitle: A new notebook
        date: \(dateFormatter.string(from: Date()))
        seed: 0
        params:
          shown: 20
        ---

        Write the prose of your article here, in Markdown. Every ```` ```swift ```` block below is a
        cell: cells run in order and share one scope, and a cell's last expression is shown under
        it. Run the notebook with `notebook run \(base).md` and open the page it names; run it again
        after an edit and only the cells the edit affects run again.

        ```swift
        //| label: first-digits
        //| caption: The first training digits of MNIST, with their labels.
        //| alt: A grid of handwritten digits.
        let (train, test) = MNIST.load()
        print("training images:", train.count, "test images:", test.count)
        imageGrid(train.prefix(params.shown), columns: 10, title: "The first \\(params.shown) digits")
        ```

        """
    }

    private static let dateFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()
}
