import Compute
import Foundation

/// Named tensors in the safetensors format (what Hugging Face, PyTorch and Keras tools read):
/// an 8-byte little-endian header length N, N bytes of JSON header, then the raw little-endian
/// tensor bytes. The header maps each name to `{"dtype", "shape", "data_offsets": [begin, end]}`
/// (offsets into the data section) and may hold `"__metadata__"`, a string-to-string map.
///
/// We write F32 tensors, except PyTorch's integer `num_batches_tracked` buffers, which are I64;
/// the header's keys are sorted and padded with spaces to a multiple of 8 bytes, so the same
/// tensors always give the same bytes. Reading accepts F32, F64, F16, BF16 and the integer types
/// (converted to Float) and checks every offset, shape and size, naming the tensor at fault.
public struct Safetensors {
    /// The tensors in file order (ascending data offsets).
    public let tensors: [(name: String, tensor: Tensor)]
    /// The `__metadata__` map (empty when absent).
    public let metadata: [String: String]
    /// Each tensor's dtype as the file states it (`F32`, `I64`, …).
    public let dtypes: [String: String]

    /// The bytes of a safetensors file holding `tensors` (in that data order) and `metadata`.
    public static func encode(_ tensors: [(String, Tensor)], metadata: [String: String] = [:]) throws -> [UInt8] {
        var header: [String: Any] = [:]
        var data: [UInt8] = []
        for (name, tensor) in tensors {
            guard name != "__metadata__", header[name] == nil else { throw error("tensor name \"\(name)\" is reserved or repeated") }
            let begin = data.count
            let dtype = isIntegerBuffer(name) ? "I64" : "F32"
            for value in tensor.scalars {
                if dtype == "I64" {
                    withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
                } else {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
                }
            }
            header[name] = ["dtype": dtype, "shape": tensor.shape, "data_offsets": [begin, data.count]] as [String: Any]
        }
        if !metadata.isEmpty { header["__metadata__"] = metadata }
        var json = Array(try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .withoutEscapingSlashes]))
        while json.count % 8 != 0 { json.append(0x20) }
        var bytes: [UInt8] = []
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes + json + data
    }

    /// Reads a safetensors file's bytes; errors say what is wrong and where.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 8 else { throw Safetensors.error("the file is shorter than its 8-byte header length") }
        let length = bytes[0..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(bytes.count - 8) else {
            throw Safetensors.error("the header claims \(length) bytes but the file has \(bytes.count - 8) after the length")
        }
        let headerEnd = 8 + Int(length)
        guard let header = (try? JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd]))) as? [String: Any] else {
            throw Safetensors.error("the header is not a JSON object")
        }
        let dataCount = bytes.count - headerEnd
        var entries: [(name: String, tensor: Tensor, begin: Int)] = []
        var dtypes: [String: String] = [:]
        for (name, value) in header where name != "__metadata__" {
            guard let entry = value as? [String: Any], let dtype = entry["dtype"] as? String,
                  let shape = entry["shape"] as? [Int], let offsets = entry["data_offsets"] as? [Int], offsets.count == 2 else {
                throw Safetensors.error("tensor \"\(name)\" needs dtype, shape and data_offsets")
            }
            guard let width = Safetensors.elementWidths[dtype] else {
                throw Safetensors.error("tensor \"\(name)\" has dtype \(dtype); readable are \(Safetensors.elementWidths.keys.sorted())")
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, begin <= end, end <= dataCount else {
                throw Safetensors.error("tensor \"\(name)\" has data offsets [\(begin), \(end)] outside the \(dataCount) data bytes")
            }
            let count = try Safetensors.checkedCount(shape, name)
            guard (end - begin) == count * width else {
                throw Safetensors.error("tensor \"\(name)\" of shape \(shape) and dtype \(dtype) needs \(count * width) bytes, has \(end - begin)")
            }
            let values = Safetensors.decode(bytes[(headerEnd + begin)..<(headerEnd + end)], dtype: dtype, count: count)
            entries.append((name, try Tensor(shape: shape, scalars: values), begin))
            dtypes[name] = dtype
        }
        tensors = entries.sorted { ($0.begin, $0.name) < ($1.begin, $1.name) }.map { ($0.name, $0.tensor) }
        self.dtypes = dtypes
        metadata = header["__metadata__"] as? [String: String] ?? [:]
    }

    /// Reads the file at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Safetensors.error("cannot read \(path)") }
        try self.init(bytes: Array(data))
    }

    /// Writes `tensors` and `metadata` to `path` as safetensors, whatever the file's extension.
    public static func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to path: String) throws {
        let bytes = try encode(tensors, metadata: metadata)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw error("cannot write \(path)") }
    }

    /// PyTorch's integer buffers, written as I64.
    static func isIntegerBuffer(_ name: String) -> Bool { name == "num_batches_tracked" || name.hasSuffix(".num_batches_tracked") }

    private static let elementWidths = ["F32": 4, "F64": 8, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1]

    private static func decode(_ raw: ArraySlice<UInt8>, dtype: String, count: Int) -> [Float] {
        let bytes = Array(raw)
        func integer(_ index: Int, _ width: Int) -> UInt64 {
            (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[index * width + $1]) << (8 * UInt64($1)) }
        }
        return (0..<count).map { i in
            switch dtype {
            case "F32": return Float(bitPattern: UInt32(integer(i, 4)))
            case "F64": return Float(Double(bitPattern: integer(i, 8)))
            case "F16": return Float(Float16(bitPattern: UInt16(integer(i, 2))))
            case "BF16": return Float(bitPattern: UInt32(integer(i, 2)) << 16)
            case "I64": return Float(Int64(bitPattern: integer(i, 8)))
            case "I32": return Float(Int32(truncatingIfNeeded: integer(i, 4)))
            case "I16": return Float(Int16(truncatingIfNeeded: integer(i, 2)))
            case "I8": return Float(Int8(truncatingIfNeeded: integer(i, 1)))
            default: return Float(integer(i, 1))
            }
        }
    }

    private static func checkedCount(_ shape: [Int], _ name: String) throws -> Int {
        guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }) < 1 << 31 else {
            throw Safetensors.error("tensor \"\(name)\" has an invalid shape \(shape)")
        }
        return shape.reduce(1, *)
    }

    static func error(_ message: String) -> TensorError { TensorError("safetensors", message) }
}
