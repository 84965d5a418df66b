import Foundation
import Notebook
import XCTest

/// A notebook project (`notebook.yml`) gives the same article and cache from any working
/// directory; `notebook run` without a file runs every notebook and writes the index page.
final class ProjectTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("notebooks/examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: NotebookFixture.repositoryRoot.appendingPathComponent("notebook.yml"),
                                        to: root.appendingPathComponent("notebook.yml"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("data/mnist"),
                                                   withDestinationURL: NotebookFixture.repositoryRoot.appendingPathComponent("data/mnist"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ markdown: String, to path: String) throws {
        try markdown.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// Runs `path` as `notebook run path` does from `directory`.
    private func run(_ path: String, from directory: URL) throws -> (RunOutcome, RecordingProgress) {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(directory.path))
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let notebook = URL(fileURLWithPath: path)
        let progress = RecordingProgress()
        var options = try NotebookProject.of(notebook: notebook).runOptions(for: notebook)
        options.explain = true
        return (NotebookRunner(options: options, progress: progress).run(), progress)
    }

    static let digits = """
    ---
    title: Digits
    subtitle: Read through the project's data root
    ---

    ```swift
    //| label: digits
    let (train, test) = MNIST.load()
    imageGrid(train.prefix(10), columns: 10, title: "digits")
    ```
    """

    func testEveryWorkingDirectoryGivesTheSameArticleAndReusesTheCache() throws {
        try write(Self.digits, to: "notebooks/digits.md")
        let page = root.appendingPathComponent("output/digits.html")
        let (first, _) = try run("notebooks/digits.md", from: root)
        XCTAssertEqual(first.exitStatus, 0)
        XCTAssertEqual(first.page?.standardizedFileURL.path, page.standardizedFileURL.path)
        // The first run's badges say "ran in …"; every later run restores, from wherever it starts.
        let (again, _) = try run("notebooks/digits.md", from: root)
        XCTAssertEqual(again.result("digits")?.status, .restored)
        let bytes = try Data(contentsOf: page)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("data/mnist/train-images-idx3-ubyte"),
                      "the footer names data files within the project")
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains(root.path), "no absolute paths in the article")

        for (path, directory) in [("digits.md", root.appendingPathComponent("notebooks")),
                                  (root.appendingPathComponent("notebooks/digits.md").path, URL(fileURLWithPath: "/tmp"))] {
            let (outcome, _) = try run(path, from: directory)
            XCTAssertEqual(outcome.exitStatus, 0)
            XCTAssertEqual(outcome.result("digits")?.status, .restored, "run from \(directory.path)")
            XCTAssertEqual(try Data(contentsOf: page), bytes, "run from \(directory.path)")
        }
    }

    func testWithoutAProjectFileTheNotebooksFolderIsTheRoot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-loose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try NotebookProject.of(notebook: folder.appendingPathComponent("a.md"))
        // The temporary folder has no notebook.yml above it.
        XCTAssertEqual(project.root.path, folder.standardizedFileURL.path)
        XCTAssertEqual(project.runOptions(for: folder.appendingPathComponent("a.md")).outputDirectory,
                       folder.appendingPathComponent("output").standardizedFileURL.path)
    }

    func testMissingDataNamesThePlaceSearchedUnderTheProjectRoot() throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent("data/mnist"))
        try write(Self.digits, to: "notebooks/digits.md")
        let (outcome, _) = try run("digits.md", from: root.appendingPathComponent("notebooks"))
        XCTAssertEqual(outcome.exitStatus, 1)
        let message = outcome.result("digits")?.error?.message ?? ""
        XCTAssertTrue(message.contains(root.appendingPathComponent("data/mnist").standardizedFileURL.path), message)
    }

    func testAFileBesideTheNotebookIsFoundFromEveryWorkingDirectory() throws {
        try write("t,x\n0,1.5\n1,2.5\n", to: "notebooks/examples/m.csv")
        try write("""
        ---
        title: Beside
        ---

        ```swift
        //| label: read
        let data = CSV.read("m.csv")
        print(data.column("x").reduce(0, +))
        ```
        """, to: "notebooks/examples/beside.md")
        let page = root.appendingPathComponent("output/beside.html")
        var pages: [Data] = []
        for (path, directory) in [("notebooks/examples/beside.md", root!),
                                  ("beside.md", root.appendingPathComponent("notebooks/examples")),
                                  (root.appendingPathComponent("notebooks/examples/beside.md").path, URL(fileURLWithPath: "/tmp"))] {
            let (outcome, _) = try run(path, from: directory)
            XCTAssertEqual(outcome.exitStatus, 0, "run from \(directory.path): \(outcome.result("read")?.error?.message ?? "")")
            pages.append(try Data(contentsOf: page))
        }
        XCTAssertEqual(Set(pages).count, 1, "the same page from every working directory")
        XCTAssertTrue(String(decoding: pages[0], as: UTF8.self).contains("4.0"))
    }

    func testProjectDefaultsSetDeclaredParametersAndMinusPWins() throws {
        try """
        output: site
        params:
          steps: 7
        """.write(to: root.appendingPathComponent("notebook.yml"), atomically: true, encoding: .utf8)
        try write("---\nparams:\n  steps: 1\n---\n\n```swift\n//| label: show\nprint(params.steps)\n```\n", to: "notebooks/p.md")
        let notebook = root.appendingPathComponent("notebooks/p.md")
        var options = try NotebookProject.of(notebook: notebook).runOptions(for: notebook)
        XCTAssertTrue(options.outputDirectory.hasSuffix("/site"))
        XCTAssertEqual(NotebookRunner(options: options).run().result("show")?.printed, "7\n")
        options.parameters = ["steps=3"]
        XCTAssertEqual(NotebookRunner(options: options).run().result("show")?.printed, "3\n")
    }

    func testAMalformedProjectFileIsAUsageErrorAtItsPlace() throws {
        try "outptu: site\n".write(to: root.appendingPathComponent("notebook.yml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try NotebookProject.of(notebook: root.appendingPathComponent("notebooks/x.md"))) { error in
            XCTAssertTrue(String(describing: error).contains("notebook.yml:1:1: error: unknown key 'outptu'"), "\(error)")
        }
    }

    func testRunningTheProjectRunsEveryNotebookAndWritesTheIndex() throws {
        try write(Self.digits, to: "notebooks/digits.md")
        try write("---\ntitle: Broken <one>\n---\n\n```swift\n//| label: boom\nlet a = Tensor([1.0, 2.0]) + Tensor([1.0, 2.0, 3.0])\n```\n",
                  to: "notebooks/examples/broken.md")
        try write("---\ntitle: Tiny\n---\n\n```swift\nprint(1 + 1)\n```\n", to: "notebooks/examples/tiny.md")
        let project = try XCTUnwrap(try NotebookProject.enclosing(root.appendingPathComponent("notebooks/examples")))
        let (status, index) = ProjectRun(project: project).run()
        XCTAssertEqual(status, 1, "one notebook failed")
        let html = try String(contentsOf: try XCTUnwrap(index), encoding: .utf8)
        for expected in ["href=\"digits.html\"", "Read through the project", "href=\"broken.html\"", "Broken &lt;one&gt;",
                         "1 cell failed", "href=\"tiny.html\"", "notebooks/examples/tiny.md"] {
            XCTAssertTrue(html.contains(expected), "index lacks \(expected):\n\(html)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/tiny.html").path),
                      "the notebook after the failing one still ran")
    }

    func testNewWritesAStarterThatRunsAndNeverOverwrites() throws {
        let project = try XCTUnwrap(try NotebookProject.enclosing(root))
        let url = try StarterNotebook.create(named: "my-study", in: project)
        XCTAssertEqual(url.path, root.appendingPathComponent("notebooks/my-study.md").path)
        XCTAssertThrowsError(try StarterNotebook.create(named: "my-study.md", in: project))
        XCTAssertThrowsError(try StarterNotebook.create(named: "../escape", in: project))
        let outcome = NotebookRunner(options: project.runOptions(for: url)).run()
        XCTAssertEqual(outcome.exitStatus, 0)
        XCTAssertEqual(outcome.frontMatter?.article.title, "My study")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/my-study_files/first-digits-1.png").path))
    }
}
