import Foundation
import Notebook
import XCTest

/// The ML building blocks as cells use them: `max(dim:)`/`min(dim:)` pairs as PyTorch returns
/// them, writes through masks, padded and rectangular average pooling, adaptive pooling of any
/// size, and Keras's `verbose:` levels.
final class BindingsMLGapsTests: XCTestCase {
    func testMaxAndMinAlongADimensionReturnValuesAndIndicesAsPyTorchDoes() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: reduce
        let x = Tensor([3, 9, 1, 4, 4, 8], shape: [2, 3])
        let (values, indices) = x.max(dim: 1)
        print(values.scalars, indices.scalars, x.max(dim: 0, keepdim: true).values.shape)
        let smallest = x.min(dim: 1)
        print(smallest.values.scalars, smallest.indices.scalars, x.max().item())
        let w = Tensor([1, 5, 2], requiresGrad: true)
        w.max(dim: 0).values.backward()
        print(w.grad!.scalars)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertEqual(outcome.result("reduce")?.printed,
                       "[9.0, 8.0] [1.0, 2.0] [1, 3]\n[1.0, 4.0] [2.0, 0.0] 9.0\n[0.0, 1.0, 0.0]\n")
    }

    func testWritingThroughAMask() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: mask
        var x = Tensor([-2, 1, -3, 5])
        x[x < 0] = 0
        print(x.scalars)
        x[x > 0] = Tensor([10, 50])
        print(x.scalars)
        let v = Tensor([7], requiresGrad: true)
        var y = Tensor([1, 2, 3])
        y[y > 1] = v
        (y * Tensor([1, 10, 100])).sum().backward()
        print(y.scalars, v.grad!.scalars)
        """, """
        //| label: computed
        let a = Tensor([0.5, -1, 2], requiresGrad: true)
        var h = a * 2
        h[h < 0] = 0
        (h * Tensor([1, 10, 100])).sum().backward()
        print(h.scalars, a.grad!.scalars)
        """, """
        //| label: leaf
        var w = Tensor([1, -1], requiresGrad: true)
        w[w < 0] = 0
        """])
        XCTAssertEqual(outcome.result("mask")?.printed, "[0.0, 1.0, 0.0, 5.0]\n[0.0, 10.0, 0.0, 50.0]\n[1.0, 7.0, 7.0] [110.0]\n", text)
        // PyTorch: the overwritten position passes no gradient back, the others pass theirs.
        XCTAssertEqual(outcome.result("computed")?.printed, "[1.0, 0.0, 4.0] [2.0, 0.0, 200.0]\n", text)
        let leafError = outcome.result("leaf")?.error?.description ?? ""
        XCTAssertTrue(leafError.contains("a leaf tensor that requires gradients cannot be written in place"), leafError)
        XCTAssertTrue(leafError.contains("noGrad { }"), leafError)
    }

    func testAveragePoolingWithSamePaddingAndAdaptivePooling() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: pool
        let model = Sequential {
            AveragePooling2D((2, 3), strides: (2, 1), padding: "same", inputShape: (5, 5, 1))
        }
        let image = Tensor.arange(25).view(1, 5, 5, 1)
        print(model.predict(image).shape)
        let adaptive = nn.AdaptiveAvgPool2d(3)
        print(adaptive(Tensor.arange(25).view(1, 1, 5, 5)).scalars)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertEqual(outcome.result("pool")?.printed,
                       "[1, 3, 5, 1]\n[3.0, 4.5, 6.0, 10.5, 12.0, 13.5, 18.0, 19.5, 21.0]\n", text)
    }

    func testKerasVerboseLevels() throws {
        let cell = { (verbose: Int) in """
        //| label: fit\(verbose)
        let x\(verbose) = Tensor.arange(16).view(8, 2) / 16
        let y\(verbose) = Tensor([0, 1, 0, 1, 0, 1, 0, 1])
        let model\(verbose) = Sequential { Dense(2, activation: .softmax, inputDim: 2) }
        model\(verbose).compile(optimizer: .sgd, loss: .sparseCategoricalCrossentropy, metrics: [.accuracy])
        model\(verbose).fit(x\(verbose), y\(verbose), batchSize: 4, epochs: 2, verbose: \(verbose))
        _ = model\(verbose).evaluate(x\(verbose), y\(verbose), batchSize: 3, verbose: \(verbose))
        _ = model\(verbose).predict(x\(verbose), verbose: \(verbose))
        """
        }
        let (outcome, text, fixture) = try runBindingsNotebook([cell(0), cell(1), cell(2), """
        //| label: wrong
        model2.predict(x2, verbose: 3)
        """])
        XCTAssertEqual(outcome.result("fit0")?.printed, "", text)
        XCTAssertEqual(outcome.result("fit1")?.printed, "", text)
        let lines = try XCTUnwrap(outcome.result("fit2")?.printed).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, lines.joined(separator: "\n"))
        XCTAssertEqual(lines[0], "Epoch 1/2")
        XCTAssertTrue(lines[1].hasPrefix("2/2 - loss: ") && lines[1].contains(" - accuracy: "), lines[1])
        XCTAssertEqual(lines[2], "Epoch 2/2")
        XCTAssertTrue(lines[4].hasPrefix("3/3 - loss: ") && lines[4].contains(" - accuracy: "), lines[4])
        XCTAssertEqual(lines[5], "1/1")
        XCTAssertTrue(outcome.result("wrong")?.error?.description.contains("verbose must be 0") ?? false, text)
        // Progress shows for the verbose: 1 fit only.
        // Only the verbose: 1 fit reports to the progress bar: its two epochs.
        XCTAssertEqual(fixture.progress.epochs.count, 2)
    }
}
