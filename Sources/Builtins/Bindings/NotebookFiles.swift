import Crypto
import Foundation
import Language

/// Files a cell reads, found the way Jupyter and Quarto find them: a relative path is taken from
/// the notebook's folder (an absolute path as it is). Every file read is hashed and recorded for
/// the running cell, so its SHA-256 enters the cell's cache entry (editing the file re-runs the
/// cells that read it and their dependents) and the article's footer lists it.
struct NotebookFiles {
    let environment: NotebookEnvironment

    /// `path` as the process can open it: absolute paths unchanged, relative ones under the
    /// notebook's folder (`m.csv` in `notebooks/examples/a.md` is `<project>/notebooks/examples/m.csv`
    /// from any working directory).
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return ((environment.notebookFolder as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    /// The bytes of `path`, recorded with their SHA-256. A missing or unreadable file throws a
    /// `BindingError` that names the path as written and where it was looked for.
    func read(_ path: String) throws -> Data {
        let resolved = resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            throw BindingError("no file '\(path)' (looked for \(resolved), relative to the notebook's folder)")
        }
        guard !isDirectory.boolValue else { throw BindingError("'\(path)' is a folder, not a file (\(resolved))") }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw BindingError("cannot read '\(path)' (\(resolved)): permission denied or an I/O error")
        }
        let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        environment.recordDataFile(path: resolved, sha256: sha)
        return data
    }

    /// The text of `path`, which must be UTF-8.
    func text(_ path: String) throws -> String {
        guard let text = String(data: try read(path), encoding: .utf8) else {
            throw BindingError("'\(path)' is not UTF-8 text")
        }
        return text
    }
}
