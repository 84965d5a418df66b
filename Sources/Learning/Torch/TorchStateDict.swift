import Compute

/// A model's parameters by dotted name, in registration order (PyTorch's `state_dict()`, an
/// ordered mapping). Serialises to a compact binary form that round-trips bit for bit.
public struct StateDict: Equatable {
    /// Parameter names in order, e.g. `["conv1.weight", "conv1.bias", …]`.
    public let names: [String]
    /// The tensors, in the order of `names`.
    public let tensors: [Tensor]

    public init(_ entries: [(String, Tensor)]) {
        names = entries.map(\.0)
        tensors = entries.map(\.1)
    }

    /// The tensor named `name`, or nil.
    public subscript(name: String) -> Tensor? {
        names.firstIndex(of: name).map { tensors[$0] }
    }

    /// Layout: magic "TSD1", the name count (UInt32), each name as UTF-8 length (Int64) and
    /// bytes, then the tensors in Compute's list format.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(magic: "TSD1")
        writer.write(UInt32(names.count))
        for name in names { writer.write(name) }
        writer.write(rest: Tensor.serialize(tensors))
        return writer.bytes
    }

    /// Decodes `serialized()` output; throws on truncated or foreign data.
    public init(serialized bytes: [UInt8]) throws {
        var reader = try BinaryReader(bytes, magic: "TSD1", context: "state dict")
        let count = Int(try reader.read(UInt32.self))
        var names: [String] = []
        for _ in 0..<count { names.append(try reader.readString()) }
        let tensors = try Tensor.deserializeList(reader.readRest())
        guard tensors.count == names.count else {
            throw TorchError("StateDict(serialized:)", "expected \(names.count) tensors, got \(tensors.count)")
        }
        self.names = names
        self.tensors = tensors
    }

    /// Equal when names, shapes and every element's bit pattern agree.
    public static func == (a: StateDict, b: StateDict) -> Bool {
        a.names == b.names && a.tensors.count == b.tensors.count && zip(a.tensors, b.tensors).allSatisfy {
            $0.shape == $1.shape && $0.scalars.map(\.bitPattern) == $1.scalars.map(\.bitPattern)
        }
    }
}
