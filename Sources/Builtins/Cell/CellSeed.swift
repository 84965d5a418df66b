import Crypto

/// The seed of a cell's random generator, derived from the notebook seed and the cell's id.
///
/// Hashing both (SHA-256, first 8 bytes little-endian) makes neighbouring seeds and ids give
/// unrelated streams, and makes a cell's numbers independent of its position and of which other
/// cells ran or were restored from the cache.
public enum CellSeed {
    public static func derive(notebookSeed: UInt64, cellID: String) -> UInt64 {
        var hasher = SHA256()
        hasher.update(data: Array("notebook cell seed v1\u{0}\(notebookSeed)\u{0}\(cellID)".utf8))
        let digest = Array(hasher.finalize())
        return digest.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
}
