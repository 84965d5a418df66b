import Language

/// A global's value in a form the cache can store and rebuild exactly: plain values (numbers as
/// bit patterns, strings, arrays, dictionaries, tuples, ranges) and host values whose binding
/// declares a `HostSnapshot` (tensors, models, histories, data sets…), stored as a blob of the
/// snapshot's kind and version. Anything else — functions, classes, script-class instances, host
/// values without a snapshot — cannot be stored: `make` says why, and the cell that defined it runs
/// again when a later running cell needs it.
indirect enum ValueSnapshot: Codable {
    case void, none
    case int(Int)
    case double(bits: UInt64)
    case float(bits: UInt32)
    case bool(Bool)
    case string(String)
    case character(String)
    case set([ValueSnapshot])
    case symbol(String)
    case range(lower: Int, upper: Int)
    case array([ValueSnapshot])
    case dictionary(keys: [ValueSnapshot], values: [ValueSnapshot])
    case tuple([ValueSnapshot], labels: [String?])
    /// A host value: its snapshot's kind and version, and the blob `HostSnapshot.write` filled.
    case host(kind: String, version: Int, hash: String)

    var blobs: [String] {
        switch self {
        case .host(_, _, let hash): return [hash]
        case .array(let items), .tuple(let items, _): return items.flatMap(\.blobs)
        case .dictionary(let keys, let values): return (keys + values).flatMap(\.blobs)
        default: return []
        }
    }

    /// Why no binding of `bindings` can rebuild this value (a host value stored under a kind or
    /// version no binding declares now), or nil.
    func unrestorable(bindings: Bindings) -> String? {
        switch self {
        case .host(let kind, let version, _):
            guard let snapshot = bindings.snapshot(kind: kind), snapshot.version == version else {
                return "its stored \(kind) value (version \(version)) is not one this version of notebook rebuilds"
            }
            return nil
        case .array(let items), .tuple(let items, _): return items.lazy.compactMap { $0.unrestorable(bindings: bindings) }.first
        case .dictionary(let keys, let values): return (keys + values).lazy.compactMap { $0.unrestorable(bindings: bindings) }.first
        default: return nil
        }
    }

    /// Why a value cannot be stored or rebuilt.
    struct Unsupported: Error { let reason: String }

    /// The snapshot of `value`, its host blobs written to `store` as their snapshots emit them.
    static func make(_ value: Value, bindings: Bindings, store: CacheStore) throws -> ValueSnapshot {
        let make = { (item: Value) in try ValueSnapshot.make(item, bindings: bindings, store: store) }
        switch value {
        case .void: return .void
        case .none: return .none
        case .int(let v): return .int(v)
        case .double(let v): return .double(bits: v.bitPattern)
        case .float(let v): return .float(bits: v.bitPattern)
        case .bool(let v): return .bool(v)
        case .string(let v): return .string(v)
        case .character(let v): return .character(String(v))
        case .set(let set): return .set(try set.elements.map(make))
        case .symbol(let v): return .symbol(v)
        case .range(let lower, let upper): return .range(lower: lower, upper: upper)
        case .array(let items): return .array(try items.map(make))
        case .tuple(let items, let labels): return .tuple(try items.map(make), labels: labels)
        case .dictionary(let dictionary):
            return .dictionary(keys: try dictionary.entries.map { try make($0.key) },
                               values: try dictionary.entries.map { try make($0.value) })
        case .host(let host):
            guard let snapshot = bindings.snapshot(forValueOf: host) else {
                throw Unsupported(reason: "a \(value.typeName) cannot be stored in the cache")
            }
            let hash = try store.putBlob(streaming: { emit in try snapshot.write(host, to: emit) })
            return .host(kind: snapshot.kind, version: snapshot.version, hash: hash)
        case .function: throw Unsupported(reason: "a function is rebuilt by running its cell")
        case .type: throw Unsupported(reason: "a class is rebuilt by running its cell")
        case .object(let object): throw Unsupported(reason: "a \(object.className) instance cannot be stored in the cache")
        case .namespace: throw Unsupported(reason: "a namespace cannot be stored in the cache")
        }
    }

    /// Rebuilds the value; `blob` returns checked bytes or nil (missing or corrupt).
    func value(bindings: Bindings, blob: (String) -> [UInt8]?) throws -> Value {
        switch self {
        case .void: return .void
        case .none: return .none
        case .int(let v): return .int(v)
        case .double(let bits): return .double(Double(bitPattern: bits))
        case .float(let bits): return .float(Float(bitPattern: bits))
        case .bool(let v): return .bool(v)
        case .string(let v): return .string(v)
        case .character(let v):
            guard v.count == 1, let character = v.first else { throw Unsupported(reason: "a stored Character holds \(v.count) characters") }
            return .character(character)
        case .set(let items):
            guard let set = ValueSet(try items.map { try $0.value(bindings: bindings, blob: blob) }) else {
                throw Unsupported(reason: "a stored Set holds an element that cannot be hashed")
            }
            return .set(set)
        case .symbol(let v): return .symbol(v)
        case .range(let lower, let upper): return .range(lower: lower, upper: upper)
        case .array(let items): return .array(try items.map { try $0.value(bindings: bindings, blob: blob) })
        case .tuple(let items, let labels): return .tuple(try items.map { try $0.value(bindings: bindings, blob: blob) }, labels: labels)
        case .dictionary(let keys, let values):
            var dictionary = ValueDictionary()
            for (key, item) in zip(keys, values) {
                dictionary.set(try key.value(bindings: bindings, blob: blob), try item.value(bindings: bindings, blob: blob))
            }
            return .dictionary(dictionary)
        case .host(let kind, let version, let hash):
            guard let snapshot = bindings.snapshot(kind: kind), snapshot.version == version else {
                throw Unsupported(reason: "no binding restores a \(kind) value of version \(version)")
            }
            guard let bytes = blob(hash) else { throw Unsupported(reason: "blob \(hash.prefix(12)) is missing or corrupt") }
            return .host(try snapshot.read(bytes))
        }
    }
}
