import Builtins
import Foundation
import Language
import Report

/// `notebook run`: Document → Language → Run → Report, as one call the command line and the
/// end-to-end tests share.
///
///     let runner = NotebookRunner(options: RunOptions(file: "notebooks/quickstart.md"))
///     let outcome = runner.run()          // writes output/quickstart.html
///     exit(outcome.exitStatus)
///
/// Cells run in document order in one shared scope. Every cell is compiled first (so a typo in
/// a late cell is reported before hours of training); then each cell either is restored by the
/// `CellCache` or evaluated. A failing cell records its located error, the cells after it are
/// marked not run, and the article is still written (exit status 1). `interrupt()` (Ctrl-C)
/// stops the running cell within about a second and writes what finished.
public final class NotebookRunner {
    public let options: RunOptions
    private let progress: ProgressSink
    private let cache: CellCache
    /// Set by `interrupt()`; polled between and during cells.
    private let interruption = CancellationFlag()

    /// - Parameters:
    ///   - progress: where cell lines and training progress go (the command passes a
    ///     `ProgressDisplay` on stderr).
    ///   - cache: the cell cache; `NoCellCache` runs everything.
    public init(options: RunOptions, progress: ProgressSink = SilentProgress(), cache: CellCache? = nil) {
        self.options = options
        self.progress = progress
        self.cache = cache ?? (options.useCache
            ? DiskCellCache(outputDirectory: URL(fileURLWithPath: options.outputDirectory, isDirectory: true))
            : NoCellCache(reason: "--no-cache"))
    }

    /// Asks the run to stop (Ctrl-C): the running cell is cancelled, later cells are not run, and
    /// the article is written with what finished. Safe to call from any thread.
    public func interrupt() {
        interruption.cancel()
    }

    /// Runs the notebook and writes the article; never throws — problems are reported to the
    /// progress sink and reflected in the exit status.
    public func run() -> RunOutcome {
        let document: NotebookDocument
        do {
            document = try NotebookLoader.load(file: options.file, displayName: options.displayFile,
                                               parameters: options.parameters, projectDefaults: options.projectDefaults)
        } catch {
            progress.note(String(describing: error))
            return RunOutcome(exitStatus: 2, page: nil, results: [])
        }
        let outputDirectory = URL(fileURLWithPath: options.outputDirectory, isDirectory: true)
        let environment = NotebookEnvironment(
            notebookFile: options.notebookName,
            notebookFolder: URL(fileURLWithPath: options.file).deletingLastPathComponent().standardizedFileURL.path,
            pageName: options.pageName, outputDirectory: outputDirectory,
            dataRoot: options.dataRoot, parameters: document.frontMatter.params,
            seed: UInt64(truncatingIfNeeded: document.frontMatter.seed), progress: progress)
        let session = NotebookBindings.makeSession(environment: environment)
        let plan = document.cells.map { cell -> PlannedCell in
            let source = PlannedCell.source(of: cell, file: document.file)
            guard cell.options.eval else { return PlannedCell(cell: cell, source: source, compilation: .skipped) }
            do {
                return PlannedCell(cell: cell, source: source, compilation: .compiled(try session.compile(source)))
            } catch let errors as LanguageErrors {
                return PlannedCell(cell: cell, source: source, compilation: .failed(errors.errors))
            } catch {
                let located = LanguageError(.syntax, String(describing: error), at: SourceLocation(
                    file: source.file, line: source.lineOffset + 1, column: 1), sourceLine: "")
                return PlannedCell(cell: cell, source: source, compilation: .failed([located]))
            }
        }

        let problems = plan.flatMap { planned -> [LanguageError] in
            guard case .failed(let errors) = planned.compilation else { return [] }
            return errors
        }
        if !problems.isEmpty {
            let results = refuse(plan, problemCount: problems.count)
            let (page, _) = writeArticle(document: document, environment: environment, results: results)
            progress.note("\(options.notebookName): \(problems.count) \(problems.count == 1 ? "problem" : "problems") found before running; no cell ran\(page == nil ? "" : " (the article shows where)")")
            return RunOutcome(exitStatus: 1, page: page, results: results, frontMatter: document.frontMatter)
        }

        do {
            try cache.begin(plan: plan, session: session, environment: environment)
        } catch {
            progress.note("\(options.notebookName): error: \(error)")
            return RunOutcome(exitStatus: 2, page: nil, results: [])
        }
        defer { cache.finish() }
        var results: [CellResult] = []
        var stopReason: String?
        var unavailable = UnavailableNames()
        for (index, planned) in plan.enumerated() {
            let id = planned.cell.id
            if stopReason == nil, interruption.isCancelled { stopReason = "interrupted" }
            guard case .compiled(let compiled) = planned.compilation else {
                results.append(CellResult(cellID: id, status: .notRun(reason: "eval: false")))
                progress.cellFinished(id: id, status: results[index].status, error: nil, explanation: nil)
                continue
            }
            let result: CellResult
            var explanation: String?
            if let blocked = stopReason ?? unavailable.blocker(of: compiled.analysis) {
                result = CellResult(cellID: id, status: .notRun(reason: blocked))
                if options.explain { explanation = "not run: \(blocked)" }
            } else {
                progress.cellStarted(id: id, index: index, count: plan.count)
                let (stepResult, stop) = step(planned, compiled: compiled, session: session, environment: environment)
                result = stepResult
                stopReason = stop
                if options.explain { explanation = cache.explainRun(planned) }
            }
            if !result.status.succeeded {
                var failed = false
                if case .failed = result.status { failed = true }
                unavailable.mark(compiled.analysis, of: id, failed: failed)
            }
            results.append(result)
            progress.cellFinished(id: id, status: result.status, error: result.error, explanation: explanation)
        }
        let failed = stopReason != nil || results.contains {
            if case .notRun(let reason) = $0.status { return reason != "eval: false" }
            return !$0.status.succeeded
        }

        let (page, proseErrors) = writeArticle(document: document, environment: environment, results: results)
        let status: Int32 = (failed || page == nil || proseErrors) ? 1 : 0
        return RunOutcome(exitStatus: status, page: page, results: results, frontMatter: document.frontMatter,
                          dataFiles: environment.dataFiles.map(\.path))
    }

    /// One cell: restore it from the cache, or evaluate it. Returns its result and, when no later
    /// cell can run (Ctrl-C, or a cell that did not stop and left the session unusable), why.
    private func step(_ planned: PlannedCell, compiled: CompiledCell, session: Session,
                      environment: NotebookEnvironment) -> (CellResult, stop: String?) {
        if let restored = cache.restore(planned, into: session) { return (restored, nil) }
        let (result, stop) = evaluate(planned, compiled: compiled, session: session, environment: environment)
        if result.status.succeeded { cache.store(result, for: planned, from: session) }
        return (result, stop)
    }

    /// The results of a notebook with problems found before running: each problem in its
    /// cell, sorted by place, and no cell run.
    private func refuse(_ plan: [PlannedCell], problemCount: Int) -> [CellResult] {
        plan.map { planned in
            let id = planned.cell.id
            let result: CellResult
            switch planned.compilation {
            case .failed(let errors):
                let sorted = errors.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
                result = CellResult(cellID: id, status: .failed(seconds: 0), outputs: sorted.map { .error(CellError($0)) })
            case .compiled:
                result = CellResult(cellID: id, status: .notRun(reason: "the notebook has \(problemCount) \(problemCount == 1 ? "problem" : "problems") to fix first"))
            case .skipped:
                result = CellResult(cellID: id, status: .notRun(reason: "eval: false"))
            }
            for case .error(let error) in result.outputs { progress.note(error.description) }
            return result
        }
    }

    private func evaluate(_ planned: PlannedCell, compiled: CompiledCell, session: Session,
                          environment: NotebookEnvironment) -> (CellResult, stop: String?) {
        let cell = planned.cell
        let context = CellContext(id: cell.id, options: cell.options, environment: environment,
                                  cancellation: session.cancellation)
        environment.enter(context)
        let evaluator = CellEvaluator(session: session, interruption: interruption)
        let evaluation = evaluator.evaluate(compiled, timeout: cell.options.timeout)
        var seconds = evaluation.seconds
        var failure: CellError?
        switch (evaluation.ending, evaluation.result) {
        case (.finished, .success(let value)?):
            do {
                try context.display(value, caption: nil)
            } catch {
                failure = CellError(error, at: planned.source, message: "cannot display the cell's value: \(error)")
            }
            seconds = evaluation.seconds
        case (.finished, .failure(let error)?):
            failure = CellError(error, at: planned.source)
        case (.timedOut(let limit), let result):
            failure = stopError(result, planned, "the cell timed out after \(ProgressFormat.seconds(limit)) (//| timeout: \(Self.number(limit)))")
        case (.interrupted, let result):
            failure = stopError(result, planned, "interrupted (Ctrl-C)")
        case (.abandoned, _), (.finished, nil):
            failure = CellError(message: interruption.isCancelled
                ? "interrupted (Ctrl-C); the cell did not stop and was abandoned"
                : "the cell timed out and did not stop; it was abandoned",
                location: planned.source.firstLine.description, excerpt: nil)
        }
        guard let failure else {
            return (CellResult(cellID: cell.id, status: .ran(seconds: seconds), outputs: context.outputs,
                               computation: .now(seconds: seconds)), nil)
        }
        context.record(error: failure)
        let stop: String?
        if interruption.isCancelled { stop = "interrupted" } else if evaluation.ending == .abandoned {
            stop = "cell \(cell.id) did not stop, so the session cannot go on"
        } else { stop = nil }
        return (CellResult(cellID: cell.id, status: .failed(seconds: seconds), outputs: context.outputs), stop)
    }

    /// The error of a stopped cell: where it stopped (if the interpreter said) and why.
    private func stopError(_ result: Result<Value, Error>?, _ planned: PlannedCell, _ message: String) -> CellError {
        if case .failure(let error)? = result { return CellError(error, at: planned.source, message: message) }
        return CellError(message: message, location: planned.source.firstLine.description, excerpt: nil)
    }

    /// Writes the page; returns it (nil when it could not be written) and whether its prose had
    /// errors (unknown cross-references, citations or parameters, reported at their lines).
    private func writeArticle(document: NotebookDocument, environment: NotebookEnvironment,
                              results: [CellResult]) -> (URL?, proseErrors: Bool) {
        let article = ArticleAssembler(document: document, environment: environment, projectRoot: options.projectRoot)
            .article(results: Dictionary(results.map { ($0.cellID, $0) }, uniquingKeysWith: { first, _ in first }))
        do {
            let (page, diagnostics) = try ReportRenderer().writePage(
                article, to: environment.outputDirectory, name: options.pageName, embed: options.embed,
                templateDirectory: options.templateDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) },
                showCellInfo: options.showCellInfo)
            if !options.quiet { progress.note("wrote \(NotebookProject.shownPath(page))") }
            for diagnostic in diagnostics { progress.note(ProseLocation.describe(diagnostic, in: document)) }
            return (page, !diagnostics.isEmpty)
        } catch {
            progress.note("\(options.notebookName): error: cannot write the article: \(error)")
            return (nil, false)
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
