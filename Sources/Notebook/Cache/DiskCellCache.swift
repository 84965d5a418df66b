import Builtins
import Compute
import Foundation
import Language
import Report

/// The cell cache under `<output>/.cache/` (see `CacheStore` for the files, `CellKeys` for keys,
/// `CachePlanner` for the decisions).
///
/// - Restore: a cell whose key and checks match gets its stored outputs back (figures and the
///   files it wrote rewritten byte for byte, data files listed in the footer) and its values are noted as pending: a value
///   is read from its blob only when a cell that runs uses it.
/// - Run: the values the cell uses are materialised first, and every value in the session is
///   fingerprinted; after the cell, every name it declared or whose fingerprint changed (tensor, model and optimiser version counters,
///   plain values by content) is stored and the cell becomes its latest definer.
/// - A run holds an exclusive lock on the cache; a second run waits up to `lockWait` seconds.
///   `finish()` evicts least recently used entries beyond `sizeLimit` bytes.
public final class DiskCellCache: CellCache {
    public let directory: URL
    public var sizeLimit = 1 << 30
    public var lockWait = 0.0

    private var lock: CacheLock?
    private var store: CacheStore?
    private var keys: CellKeys?
    private var facts: [String: CellDependencies] = [:]
    private var decisions: [String: CachePlanner.Decision] = [:]
    private var plannedKeys: [String: String] = [:]
    private var checkedBlobs: Set<String> = []
    /// Each compiled cell by id, to declare its classes and functions again on restore.
    private var compiledCells: [String: CompiledCell] = [:]
    /// The tensors and other shared objects written and restored in this run.
    private var shared = SharedObjects()
    /// The session's bindings, which rebuild stored host values.
    private var bindings = Bindings()
    private var tokens: [String: String] = [:]
    private var pending: [String: StoredValue] = [:]
    private var explanations: [String: String] = [:]
    private var usedKeys: Set<String> = []
    /// Set while a cell runs: its key, inputs and the fingerprints taken before it.
    private var running: (key: String, inputs: [String: String], before: [String: ValueFingerprint])?

    /// A cache in `<outputDirectory>/.cache`.
    public init(outputDirectory: URL) {
        directory = outputDirectory.appendingPathComponent(".cache", isDirectory: true)
    }

    /// `notebook clean`: empties `<outputDirectory>/.cache`, after taking its lock so that a run
    /// in progress is never pulled out from under; returns what it did.
    public static func clean(outputDirectory: URL) throws -> String {
        let directory = outputDirectory.appendingPathComponent(".cache", isDirectory: true)
        guard FileManager.default.fileExists(atPath: directory.path) else { return "no cache at \(directory.path)" }
        let lock = try CacheLock(directory: directory, wait: 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name != "lock" {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        withExtendedLifetime(lock) {}
        return "emptied \(directory.path)"
    }

    /// What happened to each cell in this run (restored, or why it ran), by cell id.
    public var explanationsByCell: [String: String] { explanations }

    public func begin(plan: [PlannedCell], session: Session, environment: NotebookEnvironment) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        lock = try CacheLock(directory: directory, wait: lockWait)
        let store = try CacheStore(directory: directory)
        let keys = CellKeys(store: store, environment: environment, fileHashes: FileHashes(directory: directory))
        self.store = store
        self.keys = keys
        let analyzed = CellDependencies.analyze(plan)
        for (planned, fact) in zip(plan, analyzed) { facts[planned.cell.id] = fact }
        for planned in plan {
            if case .compiled(let compiled) = planned.compilation { compiledCells[planned.cell.id] = compiled }
        }
        shared = SharedObjects()
        bindings = session.bindings
        let planned = CachePlanner(store: store, keys: keys, bindings: session.bindings).plan(plan, facts: analyzed)
        for (cell, decision) in zip(plan, planned.decisions) { decisions[cell.cell.id] = decision }
        for (cell, key) in zip(plan, planned.keys) { plannedKeys[cell.cell.id] = key }
        checkedBlobs = planned.checkedBlobs
    }

    public func finish() {
        if let store { keys?.fileHashes.save(store) }
        store?.evict(limit: sizeLimit, keeping: usedKeys)
        checkedBlobs = []
        lock = nil
    }

    public func explainRun(_ cell: PlannedCell) -> String {
        explanations[cell.cell.id] ?? "ran"
    }

    public func restore(_ planned: PlannedCell, into session: Session) -> CellResult? {
        let id = planned.cell.id
        guard let store, let keys, let fact = facts[id] else { return nil }
        let key = keys.key(for: planned, facts: fact, tokens: tokens)
        var decision = decisions[id] ?? .run(reason: "new")
        if plannedKeys[id] != key {
            // The plan assumed every "may change" of a running cell was a change; the cells that
            // ran changed less, so this cell's key is what it really is now. It may be restored
            // if every value it stores can be rebuilt for later cells that run.
            decision = keys.decide(planned, facts: fact, key: key, tokens: tokens)
            if case .restore(let entry) = decision {
                for (name, value) in entry.values.sorted(by: { $0.key < $1.key }) {
                    if let problem = CachePlanner.problem(with: value, store: store, bindings: bindings, checked: &checkedBlobs) {
                        decision = .run(reason: "upstream changed and `\(name)` could not be restored for later cells: \(problem)")
                        break
                    }
                }
            }
        }
        switch decision {
        case .restore(let entry):
            if let result = restoreOutputs(entry, planned: planned, store: store) {
                for (name, value) in entry.values { pending[name] = value; tokens[name] = entry.token }
                for name in fact.declaresWithoutValue(in: entry) { tokens[name] = entry.token }
                shared.noteRestored(entry)
                usedKeys.insert(entry.key)
                explanations[id] = "restored"
                return result
            }
            decision = .run(reason: "entry corrupt (a figure could not be restored)")
        case .run: break
        }
        guard case .run(let reason) = decision else { return nil }
        explanations[id] = "ran: \(reason)"
        if reason.hasPrefix("entry corrupt") {
            keys.environment.progress.note("warning: the cache entry of cell \(id) is damaged (\(reason)); running the cell again")
        }
        do {
            for name in fact.uses { try materialize(name, into: session) }
        } catch {
            running = nil
            explanations[id] = "failed: \(error)"
            return CellResult(cellID: id, status: .failed(seconds: 0), outputs: [.error(CellError(
                message: "the cache cannot rebuild a value this cell uses: \(error); run again with --no-cache",
                location: planned.source.firstLine.description, excerpt: nil))])
        }
        var before: [String: ValueFingerprint] = [:]
        // Every value in the session, not only those the cell names: an optimiser's `step()`
        // changes the model whose parameters it holds.
        for name in session.globalNames where pending[name] == nil {
            if let value = session.value(of: name) { before[name] = ValueFingerprint(value, bindings: session.bindings) }
        }
        running = (key, Dictionary(uniqueKeysWithValues: fact.uses.map { ($0, tokens[$0] ?? "-") }), before)
        return nil
    }

    public func store(_ result: CellResult, for planned: PlannedCell, from session: Session) {
        guard let running, let store, let keys, let fact = facts[planned.cell.id] else { return }
        self.running = nil
        let environment = keys.environment
        var changed = Set(fact.declares)
        for name in running.before.keys {
            guard let value = session.value(of: name) else { continue }
            let after = ValueFingerprint(value, bindings: session.bindings)
            if after != running.before[name] || (after.isOpaque && fact.mayMutate.contains(name)) { changed.insert(name) }
        }
        let random = environment.cell.random
        let fresh = RandomGenerator(seed: keys.seed(of: planned))
        let drewRandomNumbers = environment.cell.id == planned.cell.id && random.state != fresh.state
        // Every file the cell read, also one an earlier cell read too.
        let files = environment.cell.id == planned.cell.id ? environment.cell.filesRead : [:]
        var values: [String: StoredValue] = [:]
        var figures: [String: String] = [:]
        let writer = shared.writer(store: store, bindings: session.bindings, key: running.key)
        let declarations = compiledCells[planned.cell.id].map(session.topLevelDeclarations) ?? []
        for name in changed.sorted() {
            guard let value = session.value(of: name) else { continue }
            do {
                if declarations.contains(name), value.isDeclared {
                    values[name] = .snapshot(.declaration(name: name, cellID: planned.cell.id))
                } else {
                    values[name] = .snapshot(try ValueSnapshot.make(value, session: session, writer: writer))
                }
            } catch let unsupported as ValueSnapshot.Unsupported {
                values[name] = .unavailable(reason: unsupported.reason)
            } catch {
                values[name] = .unavailable(reason: "it could not be written to the cache (\(error))")
            }
            pending[name] = nil
        }
        var storable = planned.cell.options.cache
        for path in result.outputs.compactMap(\.pageFilePath) {
            let url = environment.outputDirectory.appendingPathComponent(path)
            if let data = FileManager.default.contents(atPath: url.path), let hash = try? store.putBlob([UInt8](data)) {
                figures[path] = hash
            } else {
                storable = false
            }
        }
        let entry = CacheEntry(
            key: running.key, cellID: planned.cell.id, codeHash: fact.codeHash,
            options: CellDependencies.resultOptions(planned.cell.options), inputs: running.inputs,
            parameters: Dictionary(uniqueKeysWithValues: fact.parameters.map { ($0, keys.parameterValue($0)) }),
            randomSeed: drewRandomNumbers ? keys.seed(of: planned) : nil, dataFiles: files,
            fileHashes: files.keys.reduce(into: [:]) { $0[$1] = keys.fileHashes.sha256($1) ?? "unreadable" }, values: values,
            result: result, figures: figures)
        for name in values.keys { tokens[name] = entry.token }
        for name in fact.declaresWithoutValue(in: entry) { tokens[name] = entry.token }
        guard storable else { return }
        do {
            try store.putEntry(entry)
            usedKeys.insert(entry.key)
        } catch {
            environment.progress.note("warning: cannot store cell \(planned.cell.id) in the cache: \(error)")
        }
    }

    // MARK: Restoring

    private func restoreOutputs(_ entry: CacheEntry, planned: PlannedCell, store: CacheStore) -> CellResult? {
        guard let environment = keys?.environment else { return nil }
        for (path, hash) in entry.figures.sorted(by: { $0.key < $1.key }) {
            let url = environment.outputDirectory.appendingPathComponent(FigurePaths.path(path, forPage: environment.pageName))
            if let current = FileManager.default.contents(atPath: url.path), CacheStore.sha256([UInt8](current)) == hash { continue }
            guard let bytes = store.blob(hash) else {
                environment.progress.note("warning: cache entry of cell \(planned.cell.id) is corrupt (figure \(path)); running it again")
                store.removeEntry(entry.key)
                return nil
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url, options: .atomic)
            } catch {
                return nil
            }
        }
        for (path, sha) in entry.dataFiles { environment.recordDataFile(path: path, sha256: sha) }
        var result = entry.result.movingFigures(toPage: environment.pageName)
        result.cellID = planned.cell.id
        result.status = .restored
        return result
    }

    /// Puts a pending value into the session (checking its blobs), or throws why it cannot.
    private func materialize(_ name: String, into session: Session) throws {
        guard let stored = pending[name], let store else { return }
        switch stored {
        case .unavailable(let reason):
            throw CacheError("`\(name)` has no stored value (\(reason))")
        case .snapshot(let snapshot):
            do {
                let restoring = ValueSnapshot.Restoring(
                    session: session, reader: shared.reader(store: store, bindings: session.bindings), blob: { store.blob($0) },
                    redeclare: { [compiledCells] name, cellID in
                        guard let cell = compiledCells[cellID] else { throw CacheError("cell \(cellID) is not in this notebook") }
                        try session.redeclare(name, from: cell)
                        return session.value(of: name) ?? .none
                    },
                    prepareClass: { [unowned self] className in try materialize(className, into: session) })
                pending[name] = nil
                do {
                    session.setValue(try snapshot.value(restoring), for: name)
                } catch {
                    pending[name] = stored
                    throw error
                }
            } catch let unsupported as ValueSnapshot.Unsupported {
                throw CacheError("`\(name)`: \(unsupported.reason)")
            }
        }
    }
}

private extension Value {
    /// A class or function: what a cell's top-level declaration makes.
    var isDeclared: Bool {
        switch self {
        case .type, .function: return true
        default: return false
        }
    }
}
