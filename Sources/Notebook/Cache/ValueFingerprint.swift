import Language

/// A cheap description of a value that changes whenever the value does, to see exactly which
/// globals a cell changed: plain values by content, host values by the fingerprint their binding
/// declares (identity and a version counter for mutable objects, the content for small values).
/// `isOpaque` marks a value whose changes cannot be seen (a host object without a fingerprint):
/// the cache then treats a cell that may change it as having changed it.
struct ValueFingerprint: Equatable {
    var text: String
    var isOpaque: Bool

    init(_ value: Value, bindings: Bindings) {
        var opaque = false
        text = Self.describe(value, bindings: bindings, depth: 0, opaque: &opaque)
        isOpaque = opaque
    }

    private static func describe(_ value: Value, bindings: Bindings, depth: Int, opaque: inout Bool) -> String {
        guard depth < 8 else { opaque = true; return "…" }
        let describe = { (item: Value, opaque: inout Bool) in
            ValueFingerprint.describe(item, bindings: bindings, depth: depth + 1, opaque: &opaque)
        }
        switch value {
        case .double(let v): return "d\(v.bitPattern)"
        case .string(let v): return "s\(v.utf8.count):\(v)"
        case .array(let items): return "[" + items.map { describe($0, &opaque) }.joined(separator: ",") + "]"
        case .tuple(let items, let labels):
            return "(" + zip(items, labels).map { ($1 ?? "") + ":" + describe($0, &opaque) }.joined(separator: ",") + ")"
        case .dictionary(let dictionary):
            return "{" + dictionary.entries.map { describe($0.key, &opaque) + ":" + describe($0.value, &opaque) }
                .joined(separator: ",") + "}"
        case .object(let object):
            let fields = object.storedProperties.map { describe($0.value, &opaque) }.joined(separator: ",")
            let host = object.hostObject.map { describe(.host($0), &opaque) } ?? ""
            return "o\(ObjectIdentifier(object).hashValue){\(fields)}\(host)"
        case .function(let function): return "f\(ObjectIdentifier(function).hashValue)"
        case .type(let type): return "t\(ObjectIdentifier(type).hashValue)"
        case .host(let host):
            if let fingerprint = bindings.fingerprint(of: host) { return "H\(value.typeName):\(fingerprint)" }
            if type(of: host) is AnyClass {
                opaque = true
                return "C\(ObjectIdentifier(host as AnyObject).hashValue)"
            }
            return "V" + String(describing: host)
        default: return value.description + ":" + value.typeName
        }
    }
}
