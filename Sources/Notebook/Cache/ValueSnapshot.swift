import Builtins
import Compute
import Language
import Learning

/// A global's value in a form the cache can store and rebuild exactly: plain values (numbers as
/// bit patterns, strings, arrays, dictionaries, tuples, ranges) and, as blobs, tensors, Keras
/// models, histories and loss curves. Anything else — functions, classes, script-class instances,
/// PyTorch-style modules and optimisers, data sets — has no snapshot: `make` says why, and the
/// cell that defined it runs again when a later running cell needs it.
indirect enum ValueSnapshot: Codable {
    case void, none
    case int(Int)
    case double(bits: UInt64)
    case bool(Bool)
    case string(String)
    case symbol(String)
    case range(lower: Int, upper: Int)
    case array([ValueSnapshot])
    case dictionary(keys: [ValueSnapshot], values: [ValueSnapshot])
    case tuple([ValueSnapshot], labels: [String?])
    /// A blob of the given kind: `tensor`, `keras-model`, `history`, `loss-curve`, and the
    /// notebook's own wrappers `curve-recorder` (a `LossCurve` cells append to).
    case blob(kind: String, hash: String)
    /// A Keras history with the seconds each epoch took (what `fit` returns in a cell).
    case timedHistory(hash: String, epochSeconds: [UInt64])

    var blobs: [String] {
        switch self {
        case .blob(_, let hash), .timedHistory(let hash, _): return [hash]
        case .array(let items), .tuple(let items, _): return items.flatMap(\.blobs)
        case .dictionary(let keys, let values): return (keys + values).flatMap(\.blobs)
        default: return []
        }
    }

    /// Why a value cannot be stored.
    struct Unsupported: Error { let reason: String }

    /// The snapshot of `value`, its blobs written to `store` (tensors piece by piece).
    static func make(_ value: Value, store: CacheStore) throws -> ValueSnapshot {
        switch value {
        case .void: return .void
        case .none: return .none
        case .int(let v): return .int(v)
        case .double(let v): return .double(bits: v.bitPattern)
        case .bool(let v): return .bool(v)
        case .string(let v): return .string(v)
        case .symbol(let v): return .symbol(v)
        case .range(let lower, let upper): return .range(lower: lower, upper: upper)
        case .array(let items): return .array(try items.map { try make($0, store: store) })
        case .tuple(let items, let labels): return .tuple(try items.map { try make($0, store: store) }, labels: labels)
        case .dictionary(let dictionary):
            return .dictionary(keys: try dictionary.entries.map { try make($0.key, store: store) },
                               values: try dictionary.entries.map { try make($0.value, store: store) })
        case .host(let host):
            switch host {
            case let tensor as Tensor:
                return .blob(kind: "tensor", hash: try store.putBlob { emit in try tensor.serialize(inPieces: emit) })
            case let model as Learning.Sequential: return .blob(kind: "keras-model", hash: try store.putBlob(model.serialized()))
            case let history as History: return .blob(kind: "history", hash: try store.putBlob(history.serialized()))
            case let curve as LossCurve: return .blob(kind: "loss-curve", hash: try store.putBlob(curve.serialized()))
            case let recorder as LossCurveRecorder:
                return .blob(kind: "curve-recorder", hash: try store.putBlob(recorder.curve.serialized()))
            case let timed as TimedHistory:
                return .timedHistory(hash: try store.putBlob(timed.history.serialized()), epochSeconds: timed.epochSeconds.map(\.bitPattern))
            default: throw Unsupported(reason: "a \(value.typeName) cannot be stored in the cache")
            }
        case .function: throw Unsupported(reason: "a function is rebuilt by running its cell")
        case .type: throw Unsupported(reason: "a class is rebuilt by running its cell")
        case .object(let object): throw Unsupported(reason: "a \(object.className) instance cannot be stored in the cache")
        case .namespace: throw Unsupported(reason: "a namespace cannot be stored in the cache")
        }
    }

    /// Rebuilds the value; `blob` returns checked bytes or nil (missing or corrupt).
    func value(blob: (String) -> [UInt8]?) throws -> Value {
        switch self {
        case .void: return .void
        case .none: return .none
        case .int(let v): return .int(v)
        case .double(let bits): return .double(Double(bitPattern: bits))
        case .bool(let v): return .bool(v)
        case .string(let v): return .string(v)
        case .symbol(let v): return .symbol(v)
        case .range(let lower, let upper): return .range(lower: lower, upper: upper)
        case .array(let items): return .array(try items.map { try $0.value(blob: blob) })
        case .tuple(let items, let labels): return .tuple(try items.map { try $0.value(blob: blob) }, labels: labels)
        case .dictionary(let keys, let values):
            var dictionary = ValueDictionary()
            for (key, value) in zip(keys, values) { dictionary.set(try key.value(blob: blob), try value.value(blob: blob)) }
            return .dictionary(dictionary)
        case .blob(let kind, let hash):
            guard let bytes = blob(hash) else { throw Unsupported(reason: "blob \(hash.prefix(12)) is missing or corrupt") }
            switch kind {
            case "tensor": return .host(try Tensor(serialized: bytes))
            case "keras-model": return .host(try Learning.Sequential(serialized: bytes))
            case "history": return .host(try History(serialized: bytes))
            case "loss-curve": return .host(try LossCurve(serialized: bytes))
            case "curve-recorder":
                let recorder = LossCurveRecorder()
                for entry in try LossCurve(serialized: bytes).entries {
                    switch entry.series {
                    case .train: recorder.add(train: entry.loss, epoch: entry.epoch)
                    case .validation: recorder.add(validation: entry.loss, epoch: entry.epoch)
                    }
                }
                return .host(recorder)
            default: throw Unsupported(reason: "unknown blob kind \(kind)")
            }
        case .timedHistory(let hash, let seconds):
            guard let bytes = blob(hash) else { throw Unsupported(reason: "blob \(hash.prefix(12)) is missing or corrupt") }
            return .host(TimedHistory(history: try History(serialized: bytes), epochSeconds: seconds.map(Double.init(bitPattern:))))
        }
    }
}
