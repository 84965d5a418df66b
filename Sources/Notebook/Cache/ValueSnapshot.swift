import Foundation
import Language

/// A global's value in a form the cache can store and rebuild exactly: plain values (numbers as
/// bit patterns, strings, arrays, dictionaries, tuples, ranges); host values whose binding
/// declares a `HostSnapshot` (tensors, models, optimisers, histories, data sets…), stored as a
/// blob of the snapshot's kind and version, with the shared objects (tensors) they refer to;
/// instances of script classes deriving from a host class (`class CNNModel: nn.Module`), stored as
/// their stored properties and their host object's state; and the classes and functions a cell
/// declares at its top level, declared again from the cell's code. Anything else — closures,
/// other script-class instances, host values without a snapshot — cannot be stored: `make` says
/// why, and the cell that defined it runs again when a later running cell needs it.
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
    /// `a...b`, stored as the half-open span `a..<b+1` it covers.
    case closedRange(lower: Int, upper: Int)
    case array([ValueSnapshot])
    case dictionary(keys: [ValueSnapshot], values: [ValueSnapshot])
    case tuple([ValueSnapshot], labels: [String?])
    /// A host value: its snapshot's kind and version, the blob `HostSnapshot.write` filled, the
    /// shared objects that blob refers to, and the blobs of the script values embedded in it.
    case host(kind: String, version: Int, hash: String, references: [SharedReference]? = nil, embedded: [String]? = nil)
    /// A shared object itself (a tensor or optimiser global), and the shared objects its blob
    /// refers to (an optimiser's parameter tensors).
    case shared(SharedReference, references: [SharedReference]? = nil)
    /// An instance of a script class deriving from a host class: its stored properties by name,
    /// the state of its host object, and its identifier in the run that stored it (see
    /// `SharedObjects`: every value restored in a run that holds the instance with the same
    /// content gets one object back).
    case object(className: String, fields: [String], values: [ValueSnapshot], state: HostState, id: String? = nil)
    /// A class or function declared at the top level of cell `cellID`.
    case declaration(name: String, cellID: String)

    /// The state of the host object behind a script-class instance (see `SubclassState`).
    struct HostState: Codable {
        var kind: String
        var version: Int
        var bytes: [UInt8]
    }

    var blobs: [String] {
        switch self {
        case .host(_, _, let hash, let references, let embedded): return [hash] + (references ?? []).map(\.hash) + (embedded ?? [])
        case .shared(let reference, let references): return ([reference] + (references ?? [])).map(\.hash)
        case .array(let items), .tuple(let items, _), .object(_, _, let items, _, _): return items.flatMap(\.blobs)
        case .dictionary(let keys, let values): return (keys + values).flatMap(\.blobs)
        default: return []
        }
    }

    /// The shared objects this value refers to.
    var sharedReferences: [SharedReference] {
        switch self {
        case .host(_, _, _, let references, _): return references ?? []
        case .shared(let reference, let references): return [reference] + (references ?? [])
        case .array(let items), .tuple(let items, _), .object(_, _, let items, _, _): return items.flatMap(\.sharedReferences)
        case .dictionary(let keys, let values): return (keys + values).flatMap(\.sharedReferences)
        default: return []
        }
    }

    /// Why no binding of `bindings` can rebuild this value (a host value stored under a kind or
    /// version no binding declares now), or nil.
    func unrestorable(bindings: Bindings) -> String? {
        let check = { (kind: String, version: Int) -> String? in
            guard let snapshot = bindings.snapshot(kind: kind), snapshot.version == version else {
                return "its stored \(kind) value (version \(version)) is not one this version of notebook rebuilds"
            }
            return nil
        }
        switch self {
        case .host(let kind, let version, _, let references, _):
            return check(kind, version) ?? (references ?? []).lazy.compactMap { check($0.kind, $0.version) }.first
        case .shared(let reference, let references):
            return ([reference] + (references ?? [])).lazy.compactMap { check($0.kind, $0.version) }.first
        case .array(let items), .tuple(let items, _), .object(_, _, let items, _, _):
            return items.lazy.compactMap { $0.unrestorable(bindings: bindings) }.first
        case .dictionary(let keys, let values): return (keys + values).lazy.compactMap { $0.unrestorable(bindings: bindings) }.first
        default: return nil
        }
    }

    /// Why a value cannot be stored or rebuilt.
    struct Unsupported: Error { let reason: String }

    /// The snapshot of `value`, its host blobs and shared objects written through `writer`.
    static func make(_ value: Value, session: Session, writer: SharedObjects.Writer, depth: Int = 0) throws -> ValueSnapshot {
        guard depth < 32 else { throw Unsupported(reason: "it is nested too deeply to store") }
        let bindings = session.bindings
        let make = { (item: Value) in try ValueSnapshot.make(item, session: session, writer: writer, depth: depth + 1) }
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
        case .range(let lower, let upper, let closed):
            return closed ? .closedRange(lower: lower, upper: upper) : .range(lower: lower, upper: upper)
        case .array(let items): return .array(try items.map(make))
        case .tuple(let items, let labels): return .tuple(try items.map(make), labels: labels)
        case .dictionary(let dictionary):
            return .dictionary(keys: try dictionary.entries.map { try make($0.key) },
                               values: try dictionary.entries.map { try make($0.value) })
        case .host(let host):
            guard let snapshot = bindings.snapshot(forValueOf: host) else {
                throw Unsupported(reason: "a \(value.typeName) cannot be stored in the cache")
            }
            let mark = writer.mark
            if snapshot.isShared {
                let reference = try writer.write(host as AnyObject)
                let references = writer.made(since: mark).references.filter { $0.id != reference.id }
                return .shared(reference, references: references.isEmpty ? nil : references)
            }
            let embedding = EmbeddingWriter(writer: writer, session: session, depth: depth)
            let hash = try writer.store.putBlob(streaming: { emit in try snapshot.write(host, to: emit, references: embedding) })
            let made = writer.made(since: mark)
            return .host(kind: snapshot.kind, version: snapshot.version, hash: hash, references: made.references.isEmpty ? nil : made.references,
                         embedded: made.blobs.isEmpty ? nil : made.blobs)
        case .object(let object):
            guard object.isClassInstance, session.declaresClass(of: object), let host = object.hostObject, let state = object.hostState else {
                throw Unsupported(reason: "a \(object.className) instance cannot be stored in the cache")
            }
            let properties = object.storedProperties
            let id = writer.identifier(of: object)
            let snapshot = ValueSnapshot.object(className: object.className, fields: properties.map(\.name), values: try properties.map { try make($0.value) },
                                                state: HostState(kind: state.kind, version: state.version, bytes: try state.write(host)), id: id)
            writer.noteStored(object, id: id, content: try snapshot.contentKey())
            return snapshot
        case .function: throw Unsupported(reason: "a closure is rebuilt by running its cell")
        case .type: throw Unsupported(reason: "a type declared inside a block is rebuilt by running its cell")
        case .namespace: throw Unsupported(reason: "a namespace cannot be stored in the cache")
        }
    }

    /// What rebuilding a value needs besides its snapshot.
    struct Restoring {
        let session: Session
        let reader: SharedObjects.Reader
        /// Checked bytes of a blob, or nil (missing or corrupt).
        let blob: (String) -> [UInt8]?
        /// Declares again a class or function of a cell (by name and cell id).
        let redeclare: (String, String) throws -> Value
        /// Makes sure a class is declared in the session before an instance of it is rebuilt.
        let prepareClass: (String) throws -> Void
    }

    /// Rebuilds the value.
    func value(_ restoring: Restoring) throws -> Value {
        let bindings = restoring.session.bindings
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
            guard let set = ValueSet(try items.map { try $0.value(restoring) }) else {
                throw Unsupported(reason: "a stored Set holds an element that cannot be hashed")
            }
            return .set(set)
        case .symbol(let v): return .symbol(v)
        case .range(let lower, let upper): return .range(lower: lower, upper: upper, closed: false)
        case .closedRange(let lower, let upper): return .range(lower: lower, upper: upper, closed: true)
        case .array(let items): return .array(try items.map { try $0.value(restoring) })
        case .tuple(let items, let labels): return .tuple(try items.map { try $0.value(restoring) }, labels: labels)
        case .dictionary(let keys, let values):
            var dictionary = ValueDictionary()
            for (key, item) in zip(keys, values) { dictionary.set(try key.value(restoring), try item.value(restoring)) }
            return .dictionary(dictionary)
        case .host(let kind, let version, let hash, _, _):
            guard let snapshot = bindings.snapshot(kind: kind), snapshot.version == version else {
                throw Unsupported(reason: "no binding restores a \(kind) value of version \(version)")
            }
            guard let bytes = restoring.blob(hash) else { throw Unsupported(reason: "blob \(hash.prefix(12)) is missing or corrupt") }
            return .host(try snapshot.read(bytes, references: EmbeddedReader(restoring: restoring)))
        case .shared(let reference, _):
            return .host(try restoring.reader.object(reference.id))
        case .object(let className, let fields, let values, let state, let id):
            let content = try id.map { _ in try contentKey() }
            if let id, let content, let live = restoring.reader.scriptObject(id, content: content) { return .object(live) }
            try restoring.prepareClass(className)
            var properties: [String: Value] = [:]
            for (name, item) in zip(fields, values) { properties[name] = try item.value(restoring) }
            let object = try restoring.session.restoredObject(className: className, fields: properties)
            guard let host = object.hostObject, let declared = object.hostState, declared.kind == state.kind, declared.version == state.version else {
                throw Unsupported(reason: "\(className) no longer derives from the host class it was stored with")
            }
            try declared.load(state.bytes, into: host)
            if let id, let content { restoring.reader.noteRestored(object, id: id, content: content) }
            return .object(object)
        case .declaration(let name, let cellID):
            return try restoring.redeclare(name, cellID)
        }
    }
}

extension ValueSnapshot {
    /// A digest of everything the snapshot holds, to see whether two stored values hold the same.
    func contentKey() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return CacheStore.sha256([UInt8](try encoder.encode(self)))
    }
}
