/// A dictionary of the notebook language. Keys are Int, Double, Bool or String; entries keep
/// their insertion order so that printing a dictionary is deterministic across runs.
///
/// The entries and their index live in one object, shared by copies until one of them changes
/// (copy on write), so copying a dictionary value retains one reference. Int keys, the common
/// case, are indexed in a table of their own (`IntKeyPositions`), which hashes in one step.
public struct ValueDictionary {
    private final class Storage {
        var entries: [(key: Value, value: Value)] = []
        /// Positions in `entries`: of Int keys, and of all other keys.
        var intPositions = IntKeyPositions()
        var otherPositions: [DictionaryKey: Int] = [:]

        init() {}

        init(copying other: Storage) {
            entries = other.entries
            intPositions = other.intPositions
            otherPositions = other.otherPositions
        }

        @inline(__always)
        func position(of key: DictionaryKey) -> Int? {
            if case .int(let int) = key { return intPositions.position(of: int) }
            return otherPositions[key]
        }

        /// Adds an entry for `key`, which must be hashable and absent.
        func append(_ key: Value, _ value: Value) {
            if case .int(let int) = key {
                intPositions.insert(int, at: entries.count)
            } else {
                otherPositions[DictionaryKey(key)!] = entries.count
            }
            entries.append((key, value))
        }

        func remove(at position: Int) {
            entries.remove(at: position)
            intPositions = IntKeyPositions()
            otherPositions = [:]
            for (offset, entry) in entries.enumerated() {
                let hashKey = DictionaryKey(entry.key)!
                if case .int(let int) = hashKey { intPositions.insert(int, at: offset) } else { otherPositions[hashKey] = offset }
            }
        }
    }

    private var storage = Storage()

    public init() {}

    public var entries: [(key: Value, value: Value)] { storage.entries }
    public var count: Int { storage.entries.count }
    public var isEmpty: Bool { storage.entries.isEmpty }

    /// The value for `key`, or nil when absent (also when `key` cannot be a dictionary key).
    public subscript(key: Value) -> Value? {
        guard let hashKey = DictionaryKey(key), let position = storage.position(of: hashKey) else { return nil }
        return storage.entries[position].value
    }

    /// The storage, copied first if another dictionary value shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        return storage
    }

    /// The entry for `key` as storage for `body`, with `fallback` when there is none: the key is
    /// hashed once and a present value is changed where it is stored. Returns whether `body`
    /// changed it (a change to `.none` removes the entry), or nil when `key` is not hashable.
    @inline(__always)
    mutating func modifyEntry(_ key: Value, default fallback: Value, _ body: (inout Value) throws -> Bool) rethrows -> Bool? {
        let position: Int?
        // An Int key, the common case, is looked up without making a `DictionaryKey` of it.
        if case .int(let int) = key {
            position = storage.intPositions.position(of: int)
        } else {
            guard let hashKey = DictionaryKey(key) else { return nil }
            position = storage.position(of: hashKey)
        }
        let storage = uniqueStorage()
        guard let position else {
            var element = fallback
            guard try body(&element) else { return false }
            if case .none = element { return true }
            storage.append(key, element)
            return true
        }
        var element = Value.void
        swap(&element, &storage.entries[position].value)
        let changed: Bool
        do {
            changed = try body(&element)
        } catch {
            storage.entries[position].value = element
            throw error
        }
        if changed, case .none = element {
            storage.remove(at: position)
        } else {
            storage.entries[position].value = element
        }
        return changed
    }

    /// Whether `key` is a value a dictionary can have as a key.
    @inline(__always)
    static func canBeKey(_ key: Value) -> Bool {
        if case .int = key { return true }
        return DictionaryKey(key) != nil
    }

    /// Inserts or replaces; returns false when `key` is not a hashable value.
    @discardableResult
    public mutating func set(_ key: Value, _ value: Value?) -> Bool {
        guard let hashKey = DictionaryKey(key) else { return false }
        let storage = uniqueStorage()
        if let position = storage.position(of: hashKey) {
            if let value {
                storage.entries[position].value = value
            } else {
                storage.remove(at: position)
            }
        } else if let value {
            storage.append(key, value)
        }
        return true
    }
}
