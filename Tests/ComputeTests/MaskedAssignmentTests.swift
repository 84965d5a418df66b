import XCTest
@testable import Compute

/// `x[mask] = value`: the selected elements, and PyTorch's in-place gradient rules — a leaf that
/// requires gradients is refused while recording; any other tensor passes the gradient on where
/// the write kept its elements and to `value` where it wrote. The expected gradients are those
/// CPU PyTorch 2.13 computes for the same code (`x = a * 2; x[mask] = v; (x * x * w).sum().backward()`).
final class MaskedAssignmentTests: XCTestCase {
    private let mask = Tensor(unchecked: [2, 3], [1, 0, 1, 0, 0, 1])
    private let weights = Tensor(unchecked: [2, 3], [1, 2, 3, 4, 5, 6])

    func testWritingThroughAMaskSetsTheSelectedElements() throws {
        let x = try Tensor(shape: [2, 3], scalars: [-1, 2, -3, 4, -5, 6])
        try x.assign(where: try x < 0, Tensor(0))
        XCTAssertEqual(x.scalars, [0, 2, 0, 4, 0, 6])
        XCTAssertEqual(x.version, 1)
        try x.assign(where: try x > 3, try Tensor(shape: [2], scalars: [40, 60]))
        XCTAssertEqual(x.scalars, [0, 2, 0, 40, 0, 60])
        XCTAssertThrowsError(try x.assign(where: try x > 0, try Tensor(shape: [2], scalars: [1, 2]))) {
            XCTAssertTrue("\($0)".contains("one per selected element (3)"), "\($0)")
        }
        XCTAssertThrowsError(try x.assign(where: Tensor(1), Tensor(0)))
    }

    func testALeafThatRequiresGradientsIsWrittenOnlyWithoutRecording() throws {
        let leaf = try Tensor(shape: [3], scalars: [1, 2, 3], requiresGrad: true)
        XCTAssertThrowsError(try leaf.assign(where: try leaf > 1, Tensor(0))) {
            XCTAssertTrue("\($0)".contains("a leaf tensor that requires gradients cannot be written in place"), "\($0)")
            XCTAssertTrue("\($0)".contains("noGrad { }"), "\($0)")
        }
        XCTAssertEqual(leaf.scalars, [1, 2, 3])
        try noGrad { try leaf.assign(where: try leaf > 1, Tensor(0)) }
        XCTAssertEqual(leaf.scalars, [1, 0, 0])
        XCTAssertTrue(leaf.requiresGrad)
        XCTAssertNil(leaf.gradientNode)
    }

    func testAWriteIntoAComputedTensorPassesTheGradientOnAsPyTorchDoes() throws {
        let a = try Tensor(shape: [2, 3], scalars: [0.3, -0.2, 0.5, 0.1, 0.7, -0.4], requiresGrad: true)
        let v = try Tensor(shape: [3], scalars: [1.5, -2, 0.25], requiresGrad: true)
        let x = try a * 2
        try x.assign(where: mask, v)
        XCTAssertEqual(x.scalars, [1.5, -0.4, -2, 0.2, 1.4, 0.25])
        try (x * x * weights).sum().backward()
        assertClose(try XCTUnwrap(a.grad).scalars, [0, -3.2, 0, 3.2, 28, 0])
        assertClose(try XCTUnwrap(v.grad).scalars, [3, -12, 3])

        // One element for every selected position gets their gradients summed; a value that needs
        // no gradient leaves zeros at the positions it wrote.
        a.grad = nil
        let s = try Tensor(shape: [1], scalars: [0.5], requiresGrad: true)
        let y = try a * 3
        try y.assign(where: mask, s)
        try (y * weights).sum().backward()
        XCTAssertEqual(try XCTUnwrap(a.grad).scalars, [0, 6, 0, 12, 15, 0])
        XCTAssertEqual(try XCTUnwrap(s.grad).scalars, [10])
        a.grad = nil
        let z = try a * 3
        try z.assign(where: mask, Tensor(0))
        try (z * weights).sum().backward()
        XCTAssertEqual(try XCTUnwrap(a.grad).scalars, [0, 6, 0, 12, 15, 0])
    }

    func testMaskedWriteGradientsMatchFiniteDifferences() throws {
        try assertGradientsMatch([randomTensor([2, 3], seed: 12), randomTensor([3], seed: 13)]) { inputs in
            let x = tanh(inputs[0])
            try x.assign(where: mask, inputs[1])
            return try exp(x) * x
        }
        try assertGradientsMatch([randomTensor([2, 3], seed: 14), randomTensor([1], seed: 15)]) { inputs in
            let x = try inputs[0] * inputs[0]
            try x.assign(where: mask, inputs[1])
            return try x * weights
        }
        // Into a tensor that needs no gradient, from a value that does.
        let base = try randomTensor([2, 3], seed: 9)
        try assertGradientsMatch([randomTensor([3], seed: 10)]) { values in
            let x = Tensor(unchecked: base.shape, base.storage)
            try x.assign(where: mask, values[0])
            return try x * x
        }
    }

    func testATensorARecordedOpStillUsesIsNotWrittenWhileGradientsFlow() throws {
        let weight = try Tensor(shape: [2, 3], scalars: [1, 1, 1, 1, 1, 1], requiresGrad: true)
        let used = try randomTensor([2, 3], seed: 9)
        var product: Tensor? = try used * weight
        XCTAssertThrowsError(try used.assign(where: mask, try Tensor(shape: [1], scalars: [1], requiresGrad: true))) {
            XCTAssertTrue("\($0)".contains("write to a copy"), "\($0)")
        }
        let computed = try weight * 2
        var selected: Tensor? = try computed.masked(by: mask)
        XCTAssertThrowsError(try computed.assign(where: mask, Tensor(0))) { XCTAssertTrue("\($0)".contains("write to a copy"), "\($0)") }
        // Once the ops that used them are gone, both can be written.
        withExtendedLifetime(selected) { selected = nil }
        try computed.assign(where: mask, Tensor(0))
        withExtendedLifetime(product) { product = nil }
        try used.assign(where: mask, try Tensor(shape: [1], scalars: [1], requiresGrad: true))
        XCTAssertEqual(used.gradientNode?.operation, "maskedAssign")

        // PyTorch lets this write happen and fails at the next backward(); here the write says why.
        let released = try weight * 2
        try released.sum().backward()
        XCTAssertThrowsError(try released.assign(where: mask, Tensor(0))) { XCTAssertTrue("\($0)".contains("released"), "\($0)") }
    }
}
