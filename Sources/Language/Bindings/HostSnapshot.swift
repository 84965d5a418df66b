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
///
/// A snapshot belongs to the exact type it is declared on: a subclass does not inherit it, since
/// rebuilding would make the superclass.
public struct HostSnapshot {
    public let kind: String
    public let version: Int
    private let writeBody: (Any, (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    private let readBody: ([UInt8]) throws -> Any

    /// Hands the bytes of `value` to `emit`.
    public func write(_ value: Any, to emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        try writeBody(value, emit)
    }

    /// Rebuilds a value from the bytes `write` emitted.
    public func read(_ bytes: [UInt8]) throws -> Any { try readBody(bytes) }

    init<T>(kind: String, version: Int, write: @escaping (T, (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
            read: @escaping ([UInt8]) throws -> T) {
        self.kind = kind
        self.version = version
        writeBody = { value, emit in
            guard let typed = value as? T else { throw BindingError("a \(Swift.type(of: value)) is not a \(kind) value") }
            try write(typed, emit)
        }
        readBody = { try read($0) }
    }
}

extension TypeBuilder {
    /// Declares how the cell cache stores and rebuilds values of `T` (see `HostSnapshot`).
    public func snapshot(kind: String, version: Int,
                         write: @escaping (T, _ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void,
                         read: @escaping ([UInt8]) throws -> T) {
        let snapshot = HostSnapshot(kind: kind, version: version, write: write, read: read)
        binding.snapshot = snapshot
        registry.snapshotsByKind[kind] = snapshot
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
