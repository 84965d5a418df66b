import Builtins
import Compute
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Cell keys, and the checks an entry must pass to be restored.
///
/// A key is the SHA-256 of: the cache format and tool versions, the cell's code as tokens
/// (comments and layout ignored), its result-affecting options, each name it uses with the token
/// of the cell that last defined or changed it, and each `params.name` it reads with its value.
/// Labels and positions are not part of it. What a key cannot know before the cell has run — did
/// it draw random numbers, which data files did it read — is stored in the entry and checked on
/// restore: the cell's generator seed (derived from the notebook seed and cell id) and the SHA-256
/// of each data file must be unchanged. Both also feed the entry's token, so dependents follow.
struct CellKeys {
    static let formatVersion = "notebook-cache-3"

    let store: CacheStore
    let environment: NotebookEnvironment
    let fileHashes: FileHashes

    func key(for planned: PlannedCell, facts: CellDependencies, tokens: [String: String]) -> String {
        var parts = [Self.formatVersion, toolVersion, facts.normalizedCode]
        parts += CellDependencies.resultOptions(planned.cell.options)
        parts += facts.uses.map { "use \($0)=\(tokens[$0] ?? "-")" }
        parts += facts.parameters.map { "param \($0)=\(parameterValue($0))" }
        return CacheStore.sha256(Array(parts.joined(separator: "\u{0}").utf8))
    }

    func parameterValue(_ name: String) -> String {
        switch environment.parameter(name) {
        case .string(let text)?: return "String:\"\(text)\""
        case let value?: return "\(value.typeName):\(value)"
        case nil: return "-"
        }
    }

    /// The seed the cell's generator starts from in this run.
    func seed(of planned: PlannedCell) -> UInt64 {
        CellSeed.derive(notebookSeed: environment.seed, cellID: planned.cell.id)
    }

    /// Restore the entry stored under `key`, or run — and why.
    func decide(_ planned: PlannedCell, facts: CellDependencies, key: String, tokens: [String: String]) -> CachePlanner.Decision {
        guard planned.cell.options.cache else { return .run(reason: "cache: false") }
        switch store.entry(key) {
        case .corrupt(let problem):
            store.removeEntry(key)
            return .run(reason: "entry corrupt (\(problem))")
        case .missing:
            return .run(reason: missReason(planned, facts: facts, tokens: tokens))
        case .found(let entry):
            if let seed = entry.randomSeed, seed != self.seed(of: planned) {
                return .run(reason: entry.cellID == planned.cell.id
                    ? "seed changed (the cell draws random numbers)"
                    : "its id changed from \(entry.cellID) and it draws random numbers")
            }
            if !entry.figures.isEmpty, entry.cellID != planned.cell.id {
                return .run(reason: "its id changed from \(entry.cellID), which names its figures")
            }
            for (path, sha) in entry.fileHashes.sorted(by: { $0.key < $1.key }) where fileHashes.sha256(path) != sha {
                return .run(reason: "data file \(path) changed")
            }
            for (path, hash) in entry.figures.sorted(by: { $0.key < $1.key }) where store.blob(hash) == nil {
                store.removeEntry(key)
                return .run(reason: "entry corrupt (figure \(path) is missing or damaged in the cache)")
            }
            return .restore(entry)
        }
    }

    /// Compares with the cell's latest entry to say what changed.
    private func missReason(_ planned: PlannedCell, facts: CellDependencies, tokens: [String: String]) -> String {
        guard let previousKey = store.latestKey(cellID: planned.cell.id),
              case .found(let previous) = store.entry(previousKey) else { return "new" }
        if previous.codeHash != facts.codeHash { return "code changed" }
        if previous.options != CellDependencies.resultOptions(planned.cell.options) { return "options changed" }
        let upstream = facts.uses.filter { previous.inputs[$0] != (tokens[$0] ?? "-") }
        if !upstream.isEmpty { return "upstream " + upstream.map { "`\($0)`" }.joined(separator: ", ") + " changed" }
        let parameters = facts.parameters.filter { previous.parameters[$0] != parameterValue($0) }
        if !parameters.isEmpty { return "param " + parameters.map { "`\($0)`" }.joined(separator: ", ") + " changed" }
        return "tool or cache version changed"
    }
}

/// SHA-256 of data files as they are on disk. A file whose size, modification time and inode
/// are unchanged since it was last hashed is not read again (the memo is `<cache>/files.json`),
/// so checking MNIST's 55 MB costs a `stat` per file.
final class FileHashes {
    private struct Memo: Codable {
        var stamp: String
        var sha256: String
    }

    private let memoURL: URL
    private var memo: [String: Memo]
    private var changed = false
    private let lock = NSLock()

    init(directory: URL) {
        memoURL = directory.appendingPathComponent("files.json")
        memo = (try? JSONDecoder().decode([String: Memo].self, from: Data(contentsOf: memoURL))) ?? [:]
    }

    func sha256(_ path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let stamp = "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ino)"
        if let known = memo[path], known.stamp == stamp { return known.sha256 }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        let hash = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        memo[path] = Memo(stamp: stamp, sha256: hash)
        changed = true
        return hash
    }

    /// Writes the memo back (atomically, through the store) when it changed.
    func save(_ store: CacheStore) {
        lock.lock()
        defer { lock.unlock() }
        guard changed, let data = try? JSONEncoder().encode(memo) else { return }
        try? store.writeAtomically([UInt8](data), to: memoURL)
        changed = false
    }
}
