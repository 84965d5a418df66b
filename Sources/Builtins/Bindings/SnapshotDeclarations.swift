import Language

/// Shorthands for the cache declarations that sit next to each type's binding (see Language's
/// `HostSnapshot`).
extension TypeBuilder where T: AnyObject {
    /// A mutable object's fingerprint: its identity and a counter every mutation changes.
    func fingerprint(version: @escaping (T) -> Int) {
        fingerprint { "\(ObjectIdentifier($0).hashValue)v\(version($0))" }
    }
}

extension TypeBuilder {
    /// A snapshot whose stored form is one byte array.
    func snapshot(kind: String, version: Int, bytes: @escaping (T) throws -> [UInt8],
                  read: @escaping ([UInt8]) throws -> T) {
        snapshot(kind: kind, version: version, write: { value, emit in try bytes(value).withUnsafeBytes(emit) }, read: read)
    }
}
