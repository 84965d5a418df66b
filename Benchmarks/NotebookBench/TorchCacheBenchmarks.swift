import Foundation
import Notebook

/// The cell cache on the article's PyTorch-style section (its front matter and the cells from
/// `torch-data` to `torch-test`, one epoch): a fresh run, then a re-run after an edit to
/// `torch-test`, a cell that reads the trained model — restored from the cache when models and
/// optimisers have snapshots, trained again when they do not.
func runTorchCacheBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("torch-cache-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("torch.md").path
    let section = try articleSection(cells: ["torch-data", "torch-model", "torch-train", "fig-torch-curve", "torch-test"])
    try section.write(toFile: file, atomically: true, encoding: .utf8)
    var options = RunOptions(file: file)
    options.outputDirectory = directory.appendingPathComponent("output").path
    options.parameters = ["epochs=1"]
    options.quiet = true

    recorder.record("article torch section fresh run (1 epoch)", fastestSeconds(repeats: 1, warmup: 0) {
        _ = NotebookRunner(options: options).run()
    }, unit: "s")
    var edits = 0
    recorder.record("article torch section re-run after editing torch-test", fastestSeconds(repeats: 3, warmup: 0) {
        edits += 1
        let edited = section.replacingOccurrences(of: "print(\"test accuracy:\"", with: "print(\"test accuracy (\(edits)):\"")
        try? edited.write(toFile: file, atomically: true, encoding: .utf8)
        _ = NotebookRunner(options: options).run()
    }, unit: "s", against: "article torch section fresh run (1 epoch)")
}

/// The article's front matter followed by the cells labelled `cells`.
private func articleSection(cells: [String]) throws -> String {
    let article = try String(contentsOfFile: "notebooks/article.md", encoding: .utf8)
    guard let frontMatterEnd = article.range(of: "\n---\n", range: article.index(after: article.startIndex)..<article.endIndex) else {
        throw CocoaError(.fileReadCorruptFile)
    }
    var section = String(article[..<frontMatterEnd.upperBound])
    for label in cells {
        guard let start = article.range(of: "```swift\n//| label: \(label)\n"),
              let end = article.range(of: "\n```\n", range: start.upperBound..<article.endIndex) else { throw CocoaError(.fileReadCorruptFile) }
        section += "\n" + article[start.lowerBound..<end.upperBound]
    }
    return section
}
