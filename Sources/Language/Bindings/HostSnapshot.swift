/// How the cell cache stores and rebuilds the values of one bound host type. It is declared with
/// the type's binding, so the cache itself knows no host type:
///
///     bindings.type(LossCurveRecorder.self, "LossCurve") { t in
///         ...
///         t.fingerprint { "\(ObjectIdentifier($0).hashValue)v\($0.curve.version)" }
///         t.snapshot(kind: "loss-curve-recorder", version: 1,
///                    write: { recorder, emit in try recorder.curve.serialized().withUnsafeBytes(emit) },
///                    read: { bytes in LossCurveRecorder(try LossCurve(serialized: bytes)) })
///     }
///
/// - `kind` names the stored form and is unique among the bound types; `version` is raised whenever
///   the form changes, and a value stored under another version is not restored (its cell runs).
/// - `write` hands the value's bytes to `emit`, in pieces if it likes (a large tensor streams to
///   disk); `read` rebuilds a value equal to the one written, bit for bit.
/// - A value that holds objects whose identity matters (a model's parameter tensors, which its
///   optimiser holds too) writes them with `SnapshotWriter.reference` and reads them back with
///   `SnapshotReader.object`: such a *shared* object (declared with `sharedSnapshot`) is stored
///   once, and every value restored in one run that refers to it gets the same object back. A
///   shared object may itself refer to others (an optimiser to its parameter tensors, which a
///   learning-rate scheduler refers to in turn).
///
/// A snapshot belongs to the exact type it is declared on: a subclass does not inherit it, since
/// rebuilding would make the superclass.
public struct HostSnapshot {
    public let kind: String
    public let version: Int
    /// Whether values of this kind are objects whose identity matters (see `sharedSnapshot`).
    public let isShared: Bool
    private let writeBody: (Any, SnapshotWriter, (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    private let readBody: ([UInt8], SnapshotReader) throws -> Any
    private let reloadBody: ((Any, [UInt8], SnapshotReader) throws -> Void)?

    /// Hands the bytes of `value` to `emit`; the objects it refers to go to `writer`.
    public func write(_ value: Any, to emit: (UnsafeRawBufferPointer) throws -> Void, references writer: SnapshotWriter) throws {
        try writeBody(value, writer, emit)
    }

    /// Rebuilds a value from the bytes `write` emitted, the objects it refers to from `reader`.
    public func read(_ bytes: [UInt8], references reader: SnapshotReader) throws -> Any { try readBody(bytes, reader) }

    /// Overwrites a shared object's content with bytes `write` emitted, keeping its identity; the
    /// objects it refers to come from `reader`.
    public func reload(_ object: Any, from bytes: [UInt8], references reader: SnapshotReader) throws {
        guard let reloadBody else { throw BindingError("a \(kind) value cannot be reloaded in place") }
        try reloadBody(object, bytes, reader)
    }

    init<T>(kind: String, version: Int, write: @escaping (T, SnapshotWriter, (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
            read: @escaping ([UInt8], SnapshotReader) throws -> T, reload: ((T, [UInt8], SnapshotReader) throws -> Void)? = nil) {
        self.kind = kind
        self.version = version
        isShared = reload != nil
        writeBody = { value, writer, emit in try write(try Self.typed(value, kind), writer, emit) }
        readBody = { try read($0, $1) }
        reloadBody = reload.map { reload in { object, bytes, reader in try reload(try Self.typed(object, kind), bytes, reader) } }
    }

    private static func typed<T>(_ value: Any, _ kind: String) throws -> T {
        guard let typed = value as? T else { throw BindingError("a \(Swift.type(of: value)) is not a \(kind) value") }
        return typed
    }
}

/// Where a snapshot's `write` puts the shared objects its value refers to.
public protocol SnapshotWriter: AnyObject {
    /// Stores `object` (of a type with a `sharedSnapshot`) unless this run stored it already, and
    /// returns the identifier under which `SnapshotReader.object` gives it back.
    func reference(_ object: AnyObject) throws -> String
    /// The stored form of a script value a host value holds (the instance of a script subclass of
    /// `nn.Module` inside an `nn.Sequential`), stored as the cache stores a global's value; the
    /// bytes go into the host value's own, and `SnapshotReader.embedded` rebuilds the value.
    /// Throws why it cannot be stored (then the host value cannot be either).
    func embed(_ value: Value) throws -> [UInt8]
}

/// Where a snapshot's `read` gets the shared objects its value refers to.
public protocol SnapshotReader: AnyObject {
    /// The object `SnapshotWriter.reference` returned `id` for: the same object for every value
    /// restored in one run, with the content of the latest cell that stored it.
    func object(_ id: String) throws -> Any
    /// The script value `SnapshotWriter.embed` stored as `bytes`.
    func embedded(_ bytes: [UInt8]) throws -> Value
}

/// How the host object behind an instance of a script subclass (a `ScriptModule` behind
/// `class CNNModel: nn.Module`) stores its own state; the script's stored properties are stored
/// as values of their own. `load` puts the state into the host object a fresh instance got from
/// the subclass factory.
public struct SubclassState {
    public let kind: String
    public let version: Int
    private let writeBody: (Any) throws -> [UInt8]
    private let loadBody: (Any, [UInt8]) throws -> Void

    public func write(_ host: Any) throws -> [UInt8] { try writeBody(host) }
    public func load(_ bytes: [UInt8], into host: Any) throws { try loadBody(host, bytes) }

    init<T>(kind: String, version: Int, write: @escaping (T) throws -> [UInt8], load: @escaping (T, [UInt8]) throws -> Void) {
        self.kind = kind
        self.version = version
        writeBody = { host in
            guard let typed = host as? T else { throw BindingError("a \(Swift.type(of: host)) is not a \(kind) host object") }
            return try write(typed)
        }
        loadBody = { host, bytes in
            guard let typed = host as? T else { throw BindingError("a \(Swift.type(of: host)) is not a \(kind) host object") }
            try load(typed, bytes)
        }
    }
}

extension TypeBuilder {
    /// Declares how the cell cache stores and rebuilds values of `T` (see `HostSnapshot`).
    public func snapshot(kind: String, version: Int,
                         write: @escaping (T, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
                         read: @escaping ([UInt8]) throws -> T) {
        register(HostSnapshot(kind: kind, version: version, write: { value, _, emit in try write(value, emit) },
                              read: { bytes, _ in try read(bytes) }))
    }

    /// Declares the snapshot of a value that refers to shared objects (a model to its parameter
    /// tensors): `write` returns its bytes, writing each shared object through the writer and
    /// keeping the identifier it returns; `read` gets the objects back by those identifiers.
    public func snapshot(kind: String, version: Int, referencing write: @escaping (T, SnapshotWriter) throws -> [UInt8],
                         read: @escaping ([UInt8], SnapshotReader) throws -> T) {
        register(HostSnapshot(kind: kind, version: version, write: { value, writer, emit in
            try write(value, writer).withUnsafeBytes(emit)
        }, read: read))
    }

    /// Declares the snapshot of an object whose identity matters (a tensor): stored once per run,
    /// restored once and shared by every value that refers to it. `reload` overwrites an object
    /// restored earlier in the run with the content a later cell stored, keeping its identity.
    public func sharedSnapshot(kind: String, version: Int,
                               write: @escaping (T, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
                               read: @escaping ([UInt8]) throws -> T, reload: @escaping (T, [UInt8]) throws -> Void) {
        register(HostSnapshot(kind: kind, version: version, write: { value, _, emit in try write(value, emit) },
                              read: { bytes, _ in try read(bytes) }, reload: { object, bytes, _ in try reload(object, bytes) }))
    }

    /// Declares the snapshot of a shared object that refers to other shared objects (an optimiser
    /// to its parameter tensors): as `sharedSnapshot`, with the references of
    /// `snapshot(kind:version:referencing:read:)`; `reload` gets the referred objects from the reader too.
    public func sharedSnapshot(kind: String, version: Int, referencing write: @escaping (T, SnapshotWriter) throws -> [UInt8],
                               read: @escaping ([UInt8], SnapshotReader) throws -> T,
                               reload: @escaping (T, [UInt8], SnapshotReader) throws -> Void) {
        register(HostSnapshot(kind: kind, version: version, write: { value, writer, emit in try write(value, writer).withUnsafeBytes(emit) },
                              read: read, reload: reload))
    }

    /// Declares how the host object behind a script subclass of this subclassable type stores
    /// and reloads its own state (see `SubclassState`).
    public func subclassState(kind: String, version: Int, write: @escaping (T) throws -> [UInt8],
                              load: @escaping (T, [UInt8]) throws -> Void) {
        binding.subclassState = SubclassState(kind: kind, version: version, write: write, load: load)
    }

    private func register(_ snapshot: HostSnapshot) {
        binding.snapshot = snapshot
        registry.snapshotsByKind[snapshot.kind] = snapshot
    }

    /// Declares a text that changes whenever a value of `T` changes — identity and a version
    /// counter for a mutable object, the content for a small value — so that the cell cache sees
    /// which values a cell changed. Bound subclasses inherit it.
    public func fingerprint(_ body: @escaping (T) -> String) {
        binding.fingerprint = { value in (value as? T).map(body) }
    }
}

extension Bindings {
    /// The snapshot declared for the exact type of `value`, if any.
    public func snapshot(forValueOf value: Any) -> HostSnapshot? {
        typeBindings[ObjectIdentifier(Swift.type(of: value))]?.snapshot
    }

    /// The snapshot declared under `kind`, for rebuilding a stored value.
    public func snapshot(kind: String) -> HostSnapshot? { snapshotsByKind[kind] }

    /// The fingerprint declared for `value`'s type or its nearest bound superclass, if any.
    public func fingerprint(of value: Any) -> String? {
        binding(forValueOf: value)?.firstInChain { $0.fingerprint }?(value) ?? nil
    }
}
