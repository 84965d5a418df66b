import XCTest
@testable import Compute

/// Direct seven-loop convolution, the reference for the im2col + GEMM kernel.
func naiveConv2d(_ x: Tensor, _ w: Tensor, _ b: Tensor?, stride: Int, padding: Int) -> [Float] {
    let (n, c, h, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
    let oh = (h + 2 * padding - kh) / stride + 1, ow = (width + 2 * padding - kw) / stride + 1
    var out = [Float](repeating: 0, count: n * o * oh * ow)
    for image in 0..<n { for filter in 0..<o { for oy in 0..<oh { for ox in 0..<ow {
        var total = Double(b?.scalars[filter] ?? 0)
        for channel in 0..<c { for ky in 0..<kh { for kx in 0..<kw {
            let iy = oy * stride + ky - padding, ix = ox * stride + kx - padding
            guard iy >= 0, iy < h, ix >= 0, ix < width else { continue }
            total += Double(x.scalars[((image * c + channel) * h + iy) * width + ix])
                * Double(w.scalars[((filter * c + channel) * kh + ky) * kw + kx])
        } } }
        out[((image * o + filter) * oh + oy) * ow + ox] = Float(total)
    } } } }
    return out
}

/// Direct-loop gradients of `naiveConv2d` for an upstream gradient `g` [N, O, H', W']:
/// dX[n, c, iy, ix] = Σ g·W, dW[o, c, ky, kx] = Σ g·X, dbias[o] = Σ g (accumulated in Double).
func naiveConv2dGradients(_ x: Tensor, _ w: Tensor, _ g: Tensor, stride: Int, padding: Int)
    -> (input: [Float], weight: [Float], bias: [Float]) {
    let (n, c, h, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
    let (oh, ow) = (g.shape[2], g.shape[3])
    var dx = [Double](repeating: 0, count: x.count), dw = [Double](repeating: 0, count: w.count)
    var db = [Double](repeating: 0, count: o)
    for image in 0..<n { for filter in 0..<o { for oy in 0..<oh { for ox in 0..<ow {
        let upstream = Double(g.scalars[((image * o + filter) * oh + oy) * ow + ox])
        db[filter] += upstream
        for channel in 0..<c { for ky in 0..<kh { for kx in 0..<kw {
            let iy = oy * stride + ky - padding, ix = ox * stride + kx - padding
            guard iy >= 0, iy < h, ix >= 0, ix < width else { continue }
            let xIndex = ((image * c + channel) * h + iy) * width + ix
            let wIndex = ((filter * c + channel) * kh + ky) * kw + kx
            dx[xIndex] += upstream * Double(w.scalars[wIndex])
            dw[wIndex] += upstream * Double(x.scalars[xIndex])
        } } }
    } } } }
    return (dx.map(Float.init), dw.map(Float.init), db.map(Float.init))
}

final class ConvolutionAndPoolingTests: XCTestCase {
    func testConvolutionMatchesDirectLoopsOnOddSizesWithPaddingAndStride() throws {
        for (stride, padding) in [(1, 0), (1, 1), (2, 1), (3, 2)] {
            let x = try randomTensor([2, 3, 7, 5], seed: 11)
            let w = try randomTensor([4, 3, 3, 2], seed: 12)
            let b = try randomTensor([4], seed: 13)
            let y = try conv2d(x, weight: w, bias: b, stride: stride, padding: padding)
            assertClose(y.scalars, naiveConv2d(x, w, b, stride: stride, padding: padding), tolerance: 1e-5)
        }
    }

    func testArticleShapeMatchesDirectLoops() throws {
        let x = try randomTensor([2, 1, 28, 28], seed: 3)
        let w = try randomTensor([32, 1, 3, 3], seed: 4)
        let y = try conv2d(x, weight: w)
        XCTAssertEqual(y.shape, [2, 32, 26, 26])
        assertClose(y.scalars, naiveConv2d(x, w, nil, stride: 1, padding: 0))
    }

    func testConvolutionGradientsForInputWeightAndBias() throws {
        let inputs = [try randomTensor([2, 2, 5, 4], seed: 1), try randomTensor([3, 2, 3, 3], seed: 2), try randomTensor([3], seed: 3)]
        try assertGradientsMatch(inputs) { try conv2d($0[0], weight: $0[1], bias: $0[2], stride: 2, padding: 1) }
        try assertGradientsMatch(Array(inputs.prefix(2))) { try conv2d($0[0], weight: $0[1], stride: 1, padding: 0) }
    }

    func testConvolutionRejectsMismatchedChannelsNamingShapes() throws {
        XCTAssertThrowsError(try conv2d(randomTensor([1, 3, 5, 5]), weight: randomTensor([2, 1, 3, 3]))) { error in
            XCTAssertTrue("\(error)".contains("conv2d"))
            XCTAssertTrue("\(error)".contains("[1, 3, 5, 5] and [2, 1, 3, 3]"))
        }
        XCTAssertThrowsError(try conv2d(randomTensor([1, 1, 2, 2]), weight: randomTensor([1, 1, 3, 3])))
        XCTAssertThrowsError(try conv2d(randomTensor([1, 1, 5, 5]), weight: randomTensor([1, 1, 3, 3]), stride: 0))
    }

    func testMaxPoolMatchesDirectLoopsOnOddSizes() throws {
        let x = try randomTensor([2, 3, 7, 5], seed: 5)
        for (kernel, stride) in [(2, 2), (3, 2), (2, 1)] {
            let y = try maxPool2d(x, kernelSize: kernel, stride: stride)
            let oh = (7 - kernel) / stride + 1, ow = (5 - kernel) / stride + 1
            XCTAssertEqual(y.shape, [2, 3, oh, ow])
            var expected: [Float] = []
            for plane in 0..<6 { for oy in 0..<oh { for ox in 0..<ow {
                var best = -Float.infinity
                for ky in 0..<kernel { for kx in 0..<kernel {
                    best = max(best, x.scalars[plane * 35 + (oy * stride + ky) * 5 + ox * stride + kx])
                } }
                expected.append(best)
            } } }
            XCTAssertEqual(y.scalars, expected)
        }
    }

    func testMaxPoolStrideDefaultsToKernelAndKernelOneIsIdentity() throws {
        let x = try randomTensor([1, 2, 6, 6])
        XCTAssertEqual(try maxPool2d(x, kernelSize: 2).shape, [1, 2, 3, 3])
        XCTAssertEqual(try maxPool2d(x, kernelSize: 1).scalars, x.scalars)
        XCTAssertThrowsError(try maxPool2d(x, kernelSize: 7))
    }

    func testMaxPoolGradientGoesToTheMaximum() throws {
        try assertGradientsMatch([randomTensor([2, 2, 5, 5], seed: 9)], step: 1e-3) { try maxPool2d($0[0], kernelSize: 2) }
        try assertGradientsMatch([randomTensor([1, 2, 5, 4], seed: 8)], step: 1e-3) { try maxPool2d($0[0], kernelSize: 3, stride: 1) }
        // Windows of 3 at stride 3 that leave a row and two columns uncovered.
        try assertGradientsMatch([randomTensor([1, 2, 7, 8], seed: 7)], step: 1e-3) { try maxPool2d($0[0], kernelSize: 3) }
    }

    func testTwoByTwoMaxPoolOnWideRowsMatchesDirectLoopsWithTies() throws {
        // Rows of 18 windows (runs of 8 at 0, 8 and an overlapping 10), odd height and width (a
        // row and a column no window covers), and values on a coarse grid so that ties are common:
        // the first maximum in reading order must win, forward and backward.
        let (planes, h, w) = (6, 25, 37)
        let generator = RandomGenerator(seed: 41)
        let values = (0..<planes * h * w).map { _ in Float(generator.nextInt(below: 4)) }
        let x = try Tensor(shape: [2, 3, h, w], scalars: values, requiresGrad: true)
        let y = try maxPool2d(x, kernelSize: 2)
        let (oh, ow) = (12, 18)
        XCTAssertEqual(y.shape, [2, 3, oh, ow])
        let g = try randomTensor([2, 3, oh, ow], seed: 42)
        try y.backward(gradient: g)
        var expectedOutput: [Float] = [], expectedGradient = [Float](repeating: 0, count: values.count)
        for plane in 0..<planes { for oy in 0..<oh { for ox in 0..<ow {
            var winner = plane * h * w + 2 * oy * w + 2 * ox
            for (dy, dx) in [(0, 1), (1, 0), (1, 1)] {
                let index = plane * h * w + (2 * oy + dy) * w + 2 * ox + dx
                if values[index] > values[winner] { winner = index }
            }
            expectedOutput.append(values[winner])
            expectedGradient[winner] = g.scalars[(plane * oh + oy) * ow + ox]
        } } }
        XCTAssertEqual(y.scalars, expectedOutput)
        XCTAssertEqual(try XCTUnwrap(x.grad).scalars, expectedGradient)
    }

    func testConvolutionIsBitIdenticalAcrossThreadCounts() throws {
        let x = try randomTensor([8, 4, 12, 12], seed: 21)
        let w = try randomTensor([16, 4, 3, 3], seed: 22)
        let saved = ComputeThreads.count
        defer { ComputeThreads.count = saved }
        ComputeThreads.count = 1
        let one = try conv2d(x, weight: w, padding: 1)
        ComputeThreads.count = 2
        let two = try conv2d(x, weight: w, padding: 1)
        XCTAssertEqual(one.scalars.map(\.bitPattern), two.scalars.map(\.bitPattern))
    }

    func testConvolutionGradientsMatchDirectLoopsOnThreadedSizes() throws {
        // Large enough that unfold and fold split across threads; odd sizes, padding and strides
        // exercise the partial runs at both edges of every line.
        for (stride, padding) in [(1, 0), (1, 2), (2, 1), (3, 1)] {
            try assertConvolutionMatchesDirectLoops(input: [3, 6, 19, 23], weight: [5, 6, 3, 4],
                                                    stride: stride, padding: padding, seed: 31)
        }
    }

    func testConvolutionMatchesDirectLoopsWhenImagesShareOneGEMM() throws {
        // Small outputs put several images side by side in one unfolded matrix; 19 images make
        // the last group a partial one. Without padding, runs of 7 take the 4-wide copy and a rest.
        for (stride, padding) in [(1, 1), (2, 0), (1, 0)] {
            try assertConvolutionMatchesDirectLoops(input: [19, 3, 7, 9], weight: [4, 3, 3, 3],
                                                    stride: stride, padding: padding, seed: 51)
        }
    }

    /// conv2d's output and its input, weight and bias gradients against the direct loops.
    private func assertConvolutionMatchesDirectLoops(input: [Int], weight: [Int], stride: Int, padding: Int, seed: UInt64,
                                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let x = try randomTensor(input, seed: seed)
        let w = try randomTensor(weight, seed: seed + 1)
        let b = try randomTensor([weight[0]], seed: seed + 2)
        x.requiresGrad = true; w.requiresGrad = true; b.requiresGrad = true
        let y = try conv2d(x, weight: w, bias: b, stride: stride, padding: padding)
        assertClose(y.scalars, naiveConv2d(x, w, b, stride: stride, padding: padding), tolerance: 1e-4, file: file, line: line)
        let upstream = try randomTensor(y.shape, seed: seed + 3)
        try y.backward(gradient: upstream)
        let expected = naiveConv2dGradients(x, w, upstream, stride: stride, padding: padding)
        assertClose(try XCTUnwrap(x.grad).scalars, expected.input, tolerance: 1e-4, file: file, line: line)
        assertClose(try XCTUnwrap(w.grad).scalars, expected.weight, tolerance: 1e-3, file: file, line: line)
        assertClose(try XCTUnwrap(b.grad).scalars, expected.bias, tolerance: 1e-3, file: file, line: line)
    }

    func testFusedConvolutionReLUEqualsTheTwoOpsAndPassesGradientCheck() throws {
        for imagesNeedGradient in [true, false] {
            let x = try randomTensor([11, 3, 6, 7], seed: 61)
            let w = try randomTensor([5, 3, 3, 3], seed: 62)
            let b = try randomTensor([5], seed: 63)
            x.requiresGrad = imagesNeedGradient; w.requiresGrad = true; b.requiresGrad = true
            let fused = try conv2dReLU(x, weight: w, bias: b, padding: 1)
            let upstream = try randomTensor(fused.shape, seed: 64)
            try fused.backward(gradient: upstream)
            let fusedGradients = [x.grad?.scalars, w.grad?.scalars, b.grad?.scalars]
            x.grad = nil; w.grad = nil; b.grad = nil
            let separate = relu(try conv2d(x, weight: w, bias: b, padding: 1))
            try separate.backward(gradient: upstream)
            XCTAssertEqual(fused.scalars, separate.scalars)
            XCTAssertTrue(fused.scalars.contains(0) && fused.scalars.contains { $0 > 0 })
            XCTAssertEqual(fusedGradients[0] == nil, !imagesNeedGradient)
            for (mine, theirs) in zip(fusedGradients, [x.grad?.scalars, w.grad?.scalars, b.grad?.scalars]) {
                assertClose(try XCTUnwrap(mine ?? (imagesNeedGradient ? nil : [])), theirs ?? [], tolerance: 1e-5)
            }
        }
        try assertGradientsMatch([randomTensor([2, 2, 5, 5], seed: 65), randomTensor([3, 2, 3, 3], seed: 66),
                                  randomTensor([3], seed: 67)], step: 1e-3) {
            try conv2dReLU($0[0], weight: $0[1], bias: $0[2], stride: 2, padding: 1)
        }
    }

    func testConvolutionOfAnEmptyBatchGivesZeroWeightGradients() throws {
        let x = try Tensor.zeros([0, 2, 5, 5])
        let w = try randomTensor([3, 2, 3, 3], seed: 71), b = try randomTensor([3], seed: 72)
        w.requiresGrad = true; b.requiresGrad = true
        let y = try conv2dReLU(x, weight: w, bias: b)
        XCTAssertEqual(y.shape, [0, 3, 3, 3])
        try y.sum().backward()
        XCTAssertEqual(w.grad?.scalars, [Float](repeating: 0, count: 54))
        XCTAssertEqual(b.grad?.scalars, [0, 0, 0])
    }

    func testConvolutionBackwardIsBitIdenticalAcrossThreadCounts() throws {
        try assertConvolutionBitIdenticalAcrossThreadCounts(input: [6, 8, 14, 14], weight: [16, 8, 3, 3], seed: 41) {
            try conv2d($0, weight: $1, bias: $2, padding: 1)
        }
    }
}
