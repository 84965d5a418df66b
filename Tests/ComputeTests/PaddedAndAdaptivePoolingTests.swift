import XCTest
@testable import Compute

/// Average pooling with TensorFlow's `same` padding and rectangular windows, PyTorch's adaptive
/// average pooling for sizes that do not divide: values against naive references written from the
/// frameworks' documented rules, gradients against finite differences.
final class PaddedAndAdaptivePoolingTests: XCTestCase {
    /// TensorFlow's `avg_pool` with padding "SAME": ⌈H / s⌉ outputs, ⌊total / 2⌋ padding before,
    /// each mean over the window's positions inside the input.
    private func tensorFlowSameAverage(_ x: Tensor, kernel: (Int, Int), stride: (Int, Int)) -> [Float] {
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (oh, ow) = ((h + stride.0 - 1) / stride.0, (w + stride.1 - 1) / stride.1)
        let top = max((oh - 1) * stride.0 + kernel.0 - h, 0) / 2, left = max((ow - 1) * stride.1 + kernel.1 - w, 0) / 2
        var result: [Float] = []
        for plane in 0..<(n * c) {
            for i in 0..<oh {
                for j in 0..<ow {
                    var total: Float = 0, count = 0
                    for r in (i * stride.0 - top)..<(i * stride.0 - top + kernel.0) where r >= 0 && r < h {
                        for q in (j * stride.1 - left)..<(j * stride.1 - left + kernel.1) where q >= 0 && q < w {
                            total += x.scalars[plane * h * w + r * w + q]
                            count += 1
                        }
                    }
                    result.append(total / Float(count))
                }
            }
        }
        return result
    }

    func testSamePaddingAveragesOnlyTheInputPositions() throws {
        let x = try Tensor(shape: [1, 1, 3, 3], scalars: (1...9).map(Float.init))
        let y = try avgPool2d(x, kernel: (2, 2), stride: (1, 1), samePadding: true)
        XCTAssertEqual(y.shape, [1, 1, 3, 3])
        XCTAssertEqual(y.scalars, [3, 4, 4.5, 6, 7, 7.5, 7.5, 8.5, 9])
        for (shape, kernel, stride) in [([2, 3, 7, 5], (3, 2), (2, 1)), ([1, 2, 6, 6], (3, 3), (2, 2)), ([1, 1, 5, 8], (2, 4), (3, 3))] {
            let input = try randomTensor(shape, seed: UInt64(shape.reduce(0, +)))
            let pooled = try avgPool2d(input, kernel: kernel, stride: stride, samePadding: true)
            XCTAssertEqual(pooled.shape, [shape[0], shape[1], (shape[2] + stride.0 - 1) / stride.0, (shape[3] + stride.1 - 1) / stride.1])
            assertClose(pooled.scalars, tensorFlowSameAverage(input, kernel: kernel, stride: stride))
        }
    }

    func testRectangularValidWindowsMatchDirectLoops() throws {
        let x = try randomTensor([2, 2, 7, 6], seed: 4)
        let y = try avgPool2d(x, kernel: (3, 2), stride: (2, 3), samePadding: false)
        XCTAssertEqual(y.shape, [2, 2, 3, 2])
        var expected: [Float] = []
        for plane in 0..<4 {
            for i in 0..<3 {
                for j in 0..<2 {
                    var total: Float = 0
                    for r in 0..<3 { for q in 0..<2 { total += x.scalars[plane * 42 + (i * 2 + r) * 6 + j * 3 + q] } }
                    expected.append(total / 6)
                }
            }
        }
        assertClose(y.scalars, expected)
        XCTAssertThrowsError(try avgPool2d(x, kernel: (8, 2), stride: (1, 1), samePadding: false))
        XCTAssertThrowsError(try avgPool2d(x, kernel: (0, 2), stride: (1, 1), samePadding: true))
    }

    func testPaddedAndRectangularPoolingGradients() throws {
        try assertGradientsMatch([randomTensor([1, 2, 5, 4], seed: 2)]) {
            try avgPool2d($0[0], kernel: (3, 2), stride: (2, 1), samePadding: true)
        }
        try assertGradientsMatch([randomTensor([2, 1, 6, 5], seed: 3)]) {
            try avgPool2d($0[0], kernel: (2, 3), stride: (2, 2), samePadding: false)
        }
    }

    func testAdaptivePoolingUsesPyTorchsWindowsWhenTheSizeDoesNotDivide() throws {
        let x = try Tensor(shape: [1, 1, 5, 5], scalars: (0..<25).map(Float.init))
        XCTAssertEqual(try adaptiveAvgPool2d(x, outputSize: (3, 3)).scalars, [3, 4.5, 6, 10.5, 12, 13.5, 18, 19.5, 21])
        XCTAssertEqual(PoolingWindows.adaptive(input: 7, outputs: 3), [0..<3, 2..<5, 4..<7])
        let input = try randomTensor([2, 3, 7, 9], seed: 6)
        let pooled = try adaptiveAvgPool2d(input, outputSize: (4, 5))
        XCTAssertEqual(pooled.shape, [2, 3, 4, 5])
        var expected: [Float] = []
        for plane in 0..<6 {
            for i in 0..<4 {
                for j in 0..<5 {
                    let rows = (i * 7 / 4)..<Int((Double((i + 1) * 7) / 4).rounded(.up))
                    let columns = (j * 9 / 5)..<Int((Double((j + 1) * 9) / 5).rounded(.up))
                    var total: Float = 0
                    for r in rows { for q in columns { total += input.scalars[plane * 63 + r * 9 + q] } }
                    expected.append(total / Float(rows.count * columns.count))
                }
            }
        }
        assertClose(pooled.scalars, expected)
        try assertGradientsMatch([randomTensor([1, 2, 5, 7], seed: 8)]) { try adaptiveAvgPool2d($0[0], outputSize: (3, 4)) }
    }
}
