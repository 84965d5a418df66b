import Foundation
import Notebook

/// The cell cache on `notebooks/quickstart.md`: a full run without the cache (baseline), then a
/// re-run after a prose edit, where every cell is restored; and the cache's size on disk.
func runCacheBenchmarks(_ recorder: BenchmarkRecorder) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cache-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("quickstart.md").path
    let original = try String(contentsOfFile: "notebooks/quickstart.md", encoding: .utf8)
    try original.write(toFile: file, atomically: true, encoding: .utf8)
    var options = RunOptions(file: file)
    options.outputDirectory = directory.appendingPathComponent("output").path
    options.quiet = true

    var fresh = options
    fresh.useCache = false
    recorder.record("quickstart fresh run", fastestSeconds(repeats: 2, warmup: 0) {
        _ = NotebookRunner(options: fresh).run()
    }, unit: "s")
    _ = NotebookRunner(options: options).run()
    var edits = 0
    recorder.record("quickstart re-run after a prose edit", fastestSeconds(repeats: 5, warmup: 0) {
        edits += 1
        try? (original + "\nAn edited closing sentence, version \(edits).\n").write(toFile: file, atomically: true, encoding: .utf8)
        _ = NotebookRunner(options: options).run()
    }, unit: "s", against: "quickstart fresh run")
    let cache = directory.appendingPathComponent("output/.cache")
    let size = (FileManager.default.enumerator(at: cache, includingPropertiesForKeys: [.fileSizeKey])?.allObjects as? [URL] ?? [])
        .reduce(0) { $0 + ((try? $1.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) }
    recorder.record("quickstart cache size", Double(size) / 1_048_576, unit: "MiB")
}
