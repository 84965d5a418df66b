import Builtins
import Compute
import Language
import Learning

/// A cheap description of a value that changes whenever the value does, to see exactly which
/// globals a cell changed: plain values by content, our mutable objects by identity and their
/// `version` counters (tensors, Keras and PyTorch-style models, optimisers), value types with a
/// binary form by that form. `isOpaque` marks a value whose changes cannot be seen (an unknown
/// host class): the cache then treats a cell that may change it as having changed it.
struct ValueFingerprint: Equatable {
    var text: String
    var isOpaque: Bool

    init(_ value: Value) {
        var opaque = false
        text = Self.describe(value, depth: 0, opaque: &opaque)
        isOpaque = opaque
    }

    private static func describe(_ value: Value, depth: Int, opaque: inout Bool) -> String {
        guard depth < 8 else { opaque = true; return "…" }
        switch value {
        case .double(let v): return "d\(v.bitPattern)"
        case .string(let v): return "s\(v.utf8.count):\(v)"
        case .array(let items): return "[" + items.map { describe($0, depth: depth + 1, opaque: &opaque) }.joined(separator: ",") + "]"
        case .tuple(let items, let labels):
            return "(" + zip(items, labels).map { ($1 ?? "") + ":" + describe($0, depth: depth + 1, opaque: &opaque) }.joined(separator: ",") + ")"
        case .dictionary(let dictionary):
            return "{" + dictionary.entries.map {
                describe($0.key, depth: depth + 1, opaque: &opaque) + ":" + describe($0.value, depth: depth + 1, opaque: &opaque)
            }.joined(separator: ",") + "}"
        case .object(let object):
            let fields = object.storedProperties.map { describe($0.value, depth: depth + 1, opaque: &opaque) }.joined(separator: ",")
            let host = object.hostObject.map { describe(.host($0), depth: depth + 1, opaque: &opaque) } ?? ""
            return "o\(ObjectIdentifier(object).hashValue){\(fields)}\(host)"
        case .function(let function): return "f\(ObjectIdentifier(function).hashValue)"
        case .type(let type): return "t\(ObjectIdentifier(type).hashValue)"
        case .host(let host): return describeHost(host, opaque: &opaque)
        default: return value.description + ":" + value.typeName
        }
    }

    private static func describeHost(_ host: Any, opaque: inout Bool) -> String {
        switch host {
        case let tensor as Tensor: return "T\(ObjectIdentifier(tensor).hashValue)v\(tensor.version)"
        case let model as Learning.Sequential: return "K\(ObjectIdentifier(model).hashValue)v\(model.version)"
        case let module as nn.Module: return "M\(ObjectIdentifier(module).hashValue)v\(module.version)"
        case let optimizer as TorchOptimizer: return "O\(ObjectIdentifier(optimizer).hashValue)v\(optimizer.version)"
        case let history as History: return "H" + CacheStore.sha256(history.serialized())
        case let curve as LossCurve: return "L" + CacheStore.sha256(curve.serialized())
        case let recorder as LossCurveRecorder: return "R\(ObjectIdentifier(recorder).hashValue)v\(recorder.curve.version)"
        case let timed as TimedHistory: return "H" + CacheStore.sha256(timed.history.serialized()) + "\(timed.epochSeconds.map(\.bitPattern))"
        default:
            if type(of: host) is AnyClass {
                opaque = true
                return "C\(ObjectIdentifier(host as AnyObject).hashValue)"
            }
            return "V" + String(describing: host)
        }
    }
}
