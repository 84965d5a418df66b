import Compute
import Foundation
import Learning
import XCTest

/// The safetensors reader and writer against the documented layout, and saved models that come
/// back bit for bit, with precise errors when a file does not fit.
final class SafetensorsTests: XCTestCase {
    private func temporaryPath(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("safetensors-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.appendingPathComponent(name).path
    }

    func testLayoutFollowsTheSpecification() throws {
        let bytes = try Safetensors.encode([("b", Tensor([1.5, -2])), ("a.num_batches_tracked", Tensor(3))], metadata: ["k": "v"])
        let length = Int(bytes[0..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        XCTAssertEqual(length % 8, 0)
        let header = try XCTUnwrap(String(bytes: bytes[8..<(8 + length)], encoding: .utf8))
        XCTAssertTrue(header.hasPrefix(#"{"__metadata__":{"k":"v"},"a.num_batches_tracked":{"data_offsets":[8,16],"dtype":"I64","shape":[]}"#), header)
        XCTAssertTrue(header.contains(#""b":{"data_offsets":[0,8],"dtype":"F32","shape":[2]}"#), header)
        XCTAssertEqual(Array(bytes[(8 + length)..<(8 + length + 4)]), [0, 0, 0xC0, 0x3F])   // 1.5 little-endian
        XCTAssertEqual(Array(bytes[(8 + length + 8)...]), [3, 0, 0, 0, 0, 0, 0, 0])
        let read = try Safetensors(bytes: bytes)
        XCTAssertEqual(read.tensors.map(\.name), ["b", "a.num_batches_tracked"])
        XCTAssertEqual(read.tensors[0].tensor.scalars, [1.5, -2])
        XCTAssertEqual(read.dtypes["a.num_batches_tracked"], "I64")
        XCTAssertEqual(read.metadata, ["k": "v"])
    }

    func testDamagedFilesAreRefusedWithTheReason() throws {
        var bytes = try Safetensors.encode([("w", Tensor([1, 2]))])
        XCTAssertThrowsError(try Safetensors(bytes: Array(bytes.dropLast()))) { XCTAssertTrue("\($0)".contains("\"w\""), "\($0)") }
        bytes[0] = 0xFF
        XCTAssertThrowsError(try Safetensors(bytes: bytes)) { XCTAssertTrue("\($0)".contains("header claims"), "\($0)") }
        XCTAssertThrowsError(try Safetensors(bytes: [1, 2, 3]))
    }

    func testKerasModelSavedUnderAnyExtensionRestoresBitIdenticalPredictions() throws {
        let model = try Sequential(using: RandomGenerator(seed: 3)) {
            Dense(8, inputDim: 4); BatchNormalization(); ActivationLayer(.gelu); Dense(2, activation: .softmax)
        }
        try model.compile(optimizer: .adam, loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        let x = try Tensor.normal([16, 4], using: RandomGenerator(seed: 4))
        _ = try model.fit(x, Tensor((0..<16).map { Float($0 % 2) }), batchSize: 8, epochs: 2, using: RandomGenerator(seed: 5))
        let path = temporaryPath("mlp.keras")
        try model.save(to: path)
        let file = try Safetensors(contentsOf: path)
        XCTAssertEqual(file.tensors.map(\.name), ["dense/kernel", "dense/bias", "batch_normalization/gamma", "batch_normalization/beta",
                                                  "batch_normalization/moving_mean", "batch_normalization/moving_variance",
                                                  "dense_1/kernel", "dense_1/bias"])
        let restored = try Sequential.load(from: path)
        XCTAssertEqual(try restored.predict(x).scalars.map(\.bitPattern), try model.predict(x).scalars.map(\.bitPattern))
        XCTAssertEqual(restored.summary().text, model.summary().text)
        XCTAssertEqual(restored.getWeights().count, 8)
    }

    func testLoadingWeightsThatDoNotFitListsEveryMismatch() throws {
        let small = try Sequential(using: RandomGenerator(seed: 1)) { Dense(3, inputDim: 2); Dense(2) }
        let other = try Sequential(using: RandomGenerator(seed: 1)) { Dense(4, inputDim: 2); Dense(2); Dense(1) }
        let path = temporaryPath("weights.h5")
        try other.saveWeights(to: path)
        XCTAssertThrowsError(try small.loadWeights(from: path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("unexpected dense_2/kernel, dense_2/bias"), text)
            XCTAssertTrue(text.contains("dense/kernel expects [2, 3], the file has [2, 4]"), text)
        }
        try Safetensors.write([("dense/kernel", Tensor([1]))], to: path)
        XCTAssertThrowsError(try Sequential.load(from: path)) { XCTAssertTrue("\($0)".contains("no model architecture"), "\($0)") }
    }

    func testTorchStateDictRoundTripsAndChecksDtypes() throws {
        let net = nn.Sequential(try nn.Linear(3, 2, using: RandomGenerator(seed: 2)), try nn.BatchNorm(2, dimensions: 1))
        _ = try net(Tensor.normal([4, 3], using: RandomGenerator(seed: 3)))
        let path = temporaryPath("net.pt")
        try net.stateDict().save(to: path)
        XCTAssertEqual(try StateDict.load(from: path), net.stateDict())
        let header = Array(#"{"0.weight":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}}"#.utf8)
        let bytes = [UInt8(header.count), 0, 0, 0, 0, 0, 0, 0] + header + [0x00, 0x3C]   // 1.0 in half precision
        XCTAssertEqual(try Safetensors(bytes: bytes).tensors.first?.tensor.scalars, [1])
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try StateDict.load(from: path)) { XCTAssertTrue("\($0)".contains("0.weight is F16, expected F32"), "\($0)") }
    }
}
