import Foundation
import Report

/// `notebook run` without a file: every notebook of the project (`notebooks/*.md` and
/// `notebooks/examples/*.md`), one after the other, each into the project's output folder, then
/// `output/index.html` listing them with title, subtitle and status. A failing notebook does not
/// stop the others; the exit status is 1 when any failed. Ctrl-C (`interruption`) stops the
/// running notebook as a single run stops (its article written with what finished, the cache
/// intact), runs no further notebook, still writes the index, and gives exit status 130.
public struct ProjectRun {
    public let project: NotebookProject
    /// Exit status of a run stopped by Ctrl-C, as shells report a process ended by SIGINT.
    public static let interruptedStatus: Int32 = 130
    /// Call `interruption.interrupt()` (from any thread) to stop the run.
    public let interruption = ProjectInterruption()
    /// Applied to every notebook's options after the project's defaults (`--output`, `-p`, …).
    public var adjust: (inout RunOptions) -> Void = { _ in }

    public init(project: NotebookProject) {
        self.project = project
    }

    /// Runs every notebook; `makeRunner` builds each one's runner (the command adds progress and
    /// Ctrl-C handling). Returns the exit status and the index page written.
    public func run(makeRunner: (RunOptions) -> NotebookRunner = { NotebookRunner(options: $0) },
                    note: (String) -> Void = { _ in }) -> (exitStatus: Int32, index: URL?) {
        let notebooks = project.allNotebooks()
        guard !notebooks.isEmpty else {
            note("\(project.notebooksFolder.path): error: no notebooks (*.md) to run")
            return (1, nil)
        }
        var entries: [ProjectIndexEntry] = []
        var pages: [String: String] = [:]
        var outputDirectory = project.resolve(project.output)
        for notebook in notebooks {
            var options = project.runOptions(for: notebook)
            adjust(&options)
            outputDirectory = options.outputDirectory
            let shown = project.displayPath(of: notebook)
            if let other = pages[options.pageName] {
                entries.append(ProjectIndexEntry(title: options.pageName, subtitle: nil, notebook: shown, page: nil,
                                                 status: "not run: its page \(options.pageName).html is also \(other)'s",
                                                 succeeded: false))
                continue
            }
            pages[options.pageName] = shown
            if interruption.isInterrupted {
                entries.append(ProjectIndexEntry(title: options.pageName, subtitle: nil, notebook: shown, page: nil,
                                                 status: "not run: interrupted (Ctrl-C)", succeeded: false))
                continue
            }
            note("— \(shown)")
            let runner = makeRunner(options)
            interruption.begin(runner)
            let outcome = runner.run()
            interruption.end()
            entries.append(ProjectIndexEntry(
                title: outcome.frontMatter?.article.title ?? options.pageName, subtitle: outcome.frontMatter?.article.subtitle,
                notebook: shown, page: outcome.page?.lastPathComponent,
                status: Self.status(of: outcome), succeeded: outcome.exitStatus == 0))
        }
        let failed = entries.contains { !$0.succeeded }
        do {
            let index = try ProjectIndexPage.write(entries: entries, to: URL(fileURLWithPath: outputDirectory, isDirectory: true))
            note("wrote \(NotebookProject.shownPath(index)) (\(entries.count) notebooks\(failed ? ", some failed" : ""))")
            if interruption.isInterrupted {
                let skipped = entries.filter { $0.status == "not run: interrupted (Ctrl-C)" }.count
                note("interrupted (Ctrl-C): stopped the running notebook\(skipped > 0 ? " and did not run \(skipped) more" : ""); "
                     + "finished cells are cached and every page written is complete")
                return (Self.interruptedStatus, index)
            }
            return (failed ? 1 : 0, index)
        } catch {
            note("\(outputDirectory): error: cannot write index.html: \(error)")
            return (1, nil)
        }
    }

    /// "ok", "2 cells failed, 1 not run", "document errors", "article not written".
    static func status(of outcome: RunOutcome) -> String {
        if outcome.frontMatter == nil { return "not run: document errors (see `notebook check`)" }
        let failed = outcome.results.filter { if case .failed = $0.status { return true } else { return false } }.count
        let notRun = outcome.results.filter {
            if case .notRun(let reason) = $0.status { return reason != "eval: false" } else { return false }
        }.count
        if failed == 0 && notRun == 0 { return outcome.page == nil ? "article not written" : "ok" }
        let parts = [failed > 0 ? "\(failed) \(failed == 1 ? "cell" : "cells") failed" : nil,
                     notRun > 0 ? "\(notRun) not run" : nil].compactMap { $0 }
        return parts.joined(separator: ", ")
    }
}
