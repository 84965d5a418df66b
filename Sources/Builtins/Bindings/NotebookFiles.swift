import Crypto
import Foundation
import Language
import Report

/// Files a cell reads and writes.
///
/// Reading finds files the way Jupyter and Quarto do: a relative path is taken from the notebook's
/// folder (an absolute path as it is). Every file read is hashed and recorded for the running
/// cell, so its SHA-256 enters the cell's cache entry (editing the file re-runs the cells that
/// read it and their dependents) and the article's footer lists it.
///
/// Writing puts files into the page's own folder, `<output>/<page>_files/`, and links each one
/// under the cell for download; the cell cache keeps the bytes with the cell's outputs and writes
/// them back when it restores the cell. A written path must stay inside that folder.
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

extension NotebookFiles {
    /// Writes `data` to `path` inside the page's folder and links it under the running cell.
    /// `path` is relative to that folder (`results.csv`, `tables/summary.csv`); an empty,
    /// absolute or escaping path, or one naming a folder, throws a `BindingError` that says why.
    func write(_ data: Data, to path: String) throws {
        let folder = environment.figuresDirectory
        let relative = try Self.validatedOutputPath(path, folder: folder.lastPathComponent)
        let target = folder.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw BindingError("cannot write '\(path)': \(folder.lastPathComponent)/\(relative) is a folder")
        }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target, options: .atomic)
        } catch {
            throw BindingError("cannot write '\(path)' (\(target.path)): \(error.localizedDescription)")
        }
        environment.cell.show(file: OutputFile(path: "\(folder.lastPathComponent)/\(relative)", byteCount: data.count))
    }

    /// `path` as a clean relative path inside the page's folder `folder` (`./a//b.csv` is
    /// `a/b.csv`), or a `BindingError` naming the problem and the fix.
    static func validatedOutputPath(_ path: String, folder: String) throws -> String {
        let rule = "a cell writes files only into the page's folder \(folder)/, by a name relative to it such as 'results.csv'"
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw BindingError("the file name is empty; \(rule)")
        }
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw BindingError("'\(path)' is an absolute path; \(rule)")
        }
        if let bad = path.unicodeScalars.first(where: { $0 == "\\" || $0.properties.generalCategory == .control }) {
            let shown = bad == "\\" ? "'\\'" : String(format: "U+%04X", bad.value)
            throw BindingError("'\(path)' contains \(shown), which a file name here cannot hold; use letters, digits, '-', '_', '.' and '/' between folders")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if components.contains("..") {
            throw BindingError("'\(path)' leaves the page's folder \(folder)/ through '..'; \(rule)")
        }
        guard !components.isEmpty, !path.hasSuffix("/"), !path.hasSuffix("/.") else {
            throw BindingError("'\(path)' names a folder, not a file; \(rule)")
        }
        return components.joined(separator: "/")
    }
}
