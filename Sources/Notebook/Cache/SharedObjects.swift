import Language

/// One shared object as an entry stores it: the identifier values refer to it by, and the blob of
/// its content as a cell left it.
struct SharedReference: Codable, Hashable {
    var id: String
    var kind: String
    var version: Int
    var hash: String
}

/// The shared objects of one run (see `HostSnapshot.sharedSnapshot`: tensors): the identifier of
/// each object written or restored, the latest stored content of each identifier, and the objects
/// restored so far, so that every value restored in the run that refers to an identifier gets the
/// same object, holding the content of the latest cell — in notebook order — that stored it.
///
/// An identifier is the key of the entry that first stored the object and a counter, so it is the
/// same whenever the same cell runs with the same inputs again; an object keeps the identifier it
/// was restored under when a later cell stores it again.
final class SharedObjects {
    private final class WeakObject {
        weak var object: AnyObject?
        init(_ object: AnyObject) { self.object = object }
    }

    private var identifiers: [ObjectIdentifier: (object: WeakObject, id: String)] = [:]
    /// Objects alive in the session by identifier, with the blob whose content each holds.
    private var live: [String: (object: WeakObject, hash: String)] = [:]
    private var latest: [String: SharedReference] = [:]
    /// Script objects (instances of script subclasses of host classes, stored as values) by
    /// identifier, with the content key they were last stored or restored with, and the
    /// identifier of each: a value restored in the run that holds an object with the same
    /// identifier and content gets that object (`let block = Block()` also inside `net`).
    private var scriptObjects: [String: (object: WeakObject, content: String)] = [:]
    private var scriptIdentifiers: [ObjectIdentifier: (object: WeakObject, id: String)] = [:]

    /// Notes the shared objects of an entry being restored: its content is now the latest.
    func noteRestored(_ entry: CacheEntry) {
        for reference in entry.values.values.flatMap(\.sharedReferences) { latest[reference.id] = reference }
    }

    /// A writer for the values one cell stores under entry `key`.
    func writer(store: CacheStore, bindings: Bindings, key: String) -> Writer {
        Writer(table: self, store: store, bindings: bindings, key: key)
    }

    /// A reader for restoring values from `store`.
    func reader(store: CacheStore, bindings: Bindings) -> Reader {
        Reader(table: self, store: store, bindings: bindings)
    }

    fileprivate func identifier(of object: AnyObject) -> String? {
        guard let known = identifiers[ObjectIdentifier(object)], known.object.object === object else { return nil }
        return known.id
    }

    fileprivate func registerScript(_ object: AnyObject, id: String, content: String) {
        scriptIdentifiers[ObjectIdentifier(object)] = (WeakObject(object), id)
        scriptObjects[id] = (WeakObject(object), content)
    }

    fileprivate func register(_ object: AnyObject, as reference: SharedReference) {
        identifiers[ObjectIdentifier(object)] = (WeakObject(object), reference.id)
        live[reference.id] = (WeakObject(object), reference.hash)
        latest[reference.id] = reference
    }

    /// Stores shared objects as blobs while a cell's values are snapshotted, each once.
    final class Writer: SnapshotWriter {
        private let table: SharedObjects
        let store: CacheStore
        private let bindings: Bindings
        private let key: String
        /// Each object stored, with the objects it refers to, so that every value referring to
        /// it refers to those too.
        private var written: [String: (reference: SharedReference, nested: [SharedReference])] = [:]
        private var counter = 0
        /// Every reference made, in order, and the blobs of the embedded values (see `made(since:)`).
        private var referenced: [SharedReference] = []
        private var embeddedBlobs: [String] = []

        fileprivate init(table: SharedObjects, store: CacheStore, bindings: Bindings, key: String) {
            (self.table, self.store, self.bindings, self.key) = (table, store, bindings, key)
        }

        func reference(_ object: AnyObject) throws -> String {
            try write(object).id
        }

        /// The identifier of a script object: the one it was restored or first stored under in
        /// this run, or a new one.
        func identifier(of object: AnyObject) -> String {
            if let known = table.scriptIdentifiers[ObjectIdentifier(object)], known.object.object === object { return known.id }
            return nextIdentifier()
        }

        /// Notes the content a script object was stored with.
        func noteStored(_ object: AnyObject, id: String, content: String) {
            table.registerScript(object, id: id, content: content)
        }

        /// Stores `object` (once per writer) and returns its reference.
        func write(_ object: AnyObject) throws -> SharedReference {
            guard let snapshot = bindings.snapshot(forValueOf: object), snapshot.isShared else {
                throw ValueSnapshot.Unsupported(reason: "a \(type(of: object)) is not an object the cache can share")
            }
            let id = table.identifier(of: object) ?? nextIdentifier()
            if let done = written[id] {
                referenced += done.nested
                referenced.append(done.reference)
                return done.reference
            }
            let start = referenced.count
            let hash = try store.putBlob(streaming: { emit in try snapshot.write(object, to: emit, references: self) })
            let reference = SharedReference(id: id, kind: snapshot.kind, version: snapshot.version, hash: hash)
            table.register(object, as: reference)
            written[id] = (reference, Array(referenced[start...]))
            referenced.append(reference)
            return reference
        }

        /// A point in the writing, for `made(since:)`.
        struct Mark {
            fileprivate let references: Int
            fileprivate let blobs: Int
        }

        var mark: Mark { Mark(references: referenced.count, blobs: embeddedBlobs.count) }

        /// What the values written since `mark` refer to: shared objects (without repeats, in
        /// first-use order) and the blobs of the script values embedded in them.
        func made(since mark: Mark) -> (references: [SharedReference], blobs: [String]) {
            var seen = Set<String>()
            let references = referenced[mark.references...].filter { seen.insert($0.id).inserted }
            var seenBlobs = Set<String>()
            return (references, embeddedBlobs[mark.blobs...].filter { seenBlobs.insert($0).inserted })
        }

        /// Notes the blobs an embedded value's snapshot refers to, so that its entry keeps them.
        func noteEmbedded(_ snapshot: ValueSnapshot) {
            embeddedBlobs += snapshot.blobs
        }

        /// A shared object's content holds no script value (see `ValueSnapshot.EmbeddingWriter`).
        func embed(_ value: Value) throws -> [UInt8] {
            throw ValueSnapshot.Unsupported(reason: "a \(value.typeName) inside a shared object cannot be stored")
        }

        private func nextIdentifier() -> String {
            defer { counter += 1 }
            return "\(key.prefix(16))#\(counter)"
        }
    }

    /// Gives back shared objects by identifier: the one already restored in this run (brought up
    /// to the latest stored content), or a new one read from its blob.
    final class Reader: SnapshotReader {
        private let table: SharedObjects
        private let store: CacheStore
        private let bindings: Bindings

        fileprivate init(table: SharedObjects, store: CacheStore, bindings: Bindings) {
            (self.table, self.store, self.bindings) = (table, store, bindings)
        }

        /// The script object restored or stored in this run under `id` with this content, if alive.
        func scriptObject(_ id: String, content: String) -> ScriptObject? {
            guard let known = table.scriptObjects[id], known.content == content else { return nil }
            return known.object.object as? ScriptObject
        }

        /// Notes a script object restored under `id` with this content.
        func noteRestored(_ object: ScriptObject, id: String, content: String) {
            table.registerScript(object, id: id, content: content)
        }

        /// A shared object's content holds no script value (see `ValueSnapshot.EmbeddedReader`).
        func embedded(_ bytes: [UInt8]) throws -> Value {
            throw ValueSnapshot.Unsupported(reason: "a shared object's stored content holds a script value")
        }

        func object(_ id: String) throws -> Any {
            guard let reference = table.latest[id] else { throw ValueSnapshot.Unsupported(reason: "no entry stores object \(id)") }
            guard let snapshot = bindings.snapshot(kind: reference.kind), snapshot.version == reference.version, snapshot.isShared else {
                throw ValueSnapshot.Unsupported(reason: "no binding restores a shared \(reference.kind) value of version \(reference.version)")
            }
            if let live = table.live[id], let object = live.object.object {
                if live.hash != reference.hash {
                    try snapshot.reload(object, from: try bytes(reference), references: self)
                    table.register(object, as: reference)
                }
                return object
            }
            let object = try snapshot.read(try bytes(reference), references: self)
            guard type(of: object) is AnyClass else {
                throw ValueSnapshot.Unsupported(reason: "a shared \(reference.kind) value is not an object")
            }
            table.register(object as AnyObject, as: reference)
            return object
        }

        private func bytes(_ reference: SharedReference) throws -> [UInt8] {
            guard let bytes = store.blob(reference.hash) else {
                throw ValueSnapshot.Unsupported(reason: "blob \(reference.hash.prefix(12)) is missing or corrupt")
            }
            return bytes
        }
    }
}
