import Builtins
/// What the cache keeps of one run of one cell, under its key: enough to restore the cell's
/// outputs and values, to check that its randomness and data still match, and to explain a miss.
struct CacheEntry: Codable {
    var key: String
    var cellID: String
    /// SHA-256 of the normalised code, and the result-affecting options, for `--explain`.
    var codeHash: String
    var options: [String]
    /// Each name the cell uses, with the token of the cell that last defined it at the time.
    var inputs: [String: String]
    /// Each `params.name` the cell reads, with its value.
    var parameters: [String: String]
    /// The cell's generator seed, when the cell drew random numbers (nil: it drew none).
    var randomSeed: UInt64?
    /// Data files the cell read, with the SHA-256 their reader reported (for the article's footer).
    var dataFiles: [String: String]
    /// The same files with the SHA-256 of their bytes on disk, checked before a restore.
    var fileHashes: [String: String]
    /// Every name the cell declared or changed, with its stored value.
    var values: [String: StoredValue]
    /// The cell's outputs as the run produced them; their figures and written files are also kept
    /// as blobs (path → hash).
    var result: CellResult
    var figures: [String: String]

    /// Everything this entry refers to in `blobs/`.
    var blobs: [String] { Array(figures.values) + values.values.flatMap(\.blobs) }

    /// What later cells' keys see of this cell's values: the key plus what was checked on
    /// restore (seed and data), so a different seed or data file changes every dependent key.
    var token: String {
        CacheStore.sha256(Array(([key, randomSeed.map(String.init) ?? "-"] + dataFiles.keys.sorted().map { "\($0)=\(dataFiles[$0]!)" })
            .joined(separator: "\u{0}").utf8))
    }
}

/// A name's value as stored: a snapshot, or why it has none (then a later cell that needs it makes
/// this cell run again).
enum StoredValue: Codable {
    case snapshot(ValueSnapshot)
    case unavailable(reason: String)

    var blobs: [String] {
        if case .snapshot(let snapshot) = self { return snapshot.blobs }
        return []
    }

    /// The shared objects (tensors) the stored value refers to.
    var sharedReferences: [SharedReference] {
        if case .snapshot(let snapshot) = self { return snapshot.sharedReferences }
        return []
    }
}
