import Foundation

/// Writes files so a reader never sees half a page: the bytes go to a temporary file in the
/// destination folder, which is then renamed over the target (rename is atomic on one file
/// system).
public enum AtomicFile {
    /// Writes `data` to `destination`, creating its folder; throws `ReportError.writeFailed`.
    public static func write(_ data: Data, to destination: URL) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.writeFailed(path: destination.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.writeFailed(path: destination.path, reason: reason)
        }
    }
}
