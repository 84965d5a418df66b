import Foundation
import Notebook
import XCTest

/// Tensor math as cells use it: a linear regression fitted by hand with autograd and in-place
/// updates, reductions with both keep-dimension spellings, indexing, the `torch.` spellings, and
/// located errors.
final class BindingsTensorMathTests: XCTestCase {
    func testHandWrittenLinearRegressionConvergesWithInPlaceUpdates() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: fit
        torch.manualSeed(0)
        let x = torch.randn(200, 1)
        let y = 3 * x + 0.5 + 0.01 * torch.randn(200, 1)
        var w = Tensor.zeros([1, 1], requiresGrad: true)
        var b = Tensor([0], requiresGrad: true)
        for _ in 0..<200 {
            let loss = pow(x.matmul(w) + b - y, 2).mean()
            w.grad = nil
            b.zeroGrad()
            loss.backward()
            noGrad {
                w -= 0.1 * w.grad!
                b -= 0.1 * b.grad!
            }
        }
        print("w:", abs(w.item() - 3) < 0.01, "b:", abs(b.item() - 0.5) < 0.01, "leaf:", w.requiresGrad)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue(outcome.result("fit")?.printed.contains("w: true b: true leaf: true") ?? false, outcome.result("fit")?.printed ?? text)
    }

    func testReductionsShapesIndexingAndTorchSpellings() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: math
        let x = Tensor.arange(12).view(3, 4)
        print(x.sum(dim: 1, keepDim: true).shape, x.mean(dim: 0, keepdim: true).shape)
        print(x.max(dim: 1).values.scalars, x.argmin(dim: 0).scalars, x.std(dim: 1).shape)
        print(x[1, 2].item(), x[0..<2, 3].scalars, x[.all, 0].scalars, x[x > 9].scalars)
        let (values, indices) = torch.max(x, 1)
        print(values.scalars, indices.scalars, x.eq(x).sum().item(), (x == x).min().item())
        print(torch.cat([x, x], dim: 0).shape, torch.stack([x, x], dim: 1).shape, x.chunk(2, dim: 1).count)
        print(x.unsqueeze(0).shape, x.unsqueeze(0).squeeze().shape, x.permute(1, 0).shape, torch.flatten(x).shape)
        print(Tensor.linspace(0, 1, 3).scalars, Tensor.eye(2).scalars, torch.zerosLike(x).sum().item())
        print(exp(Tensor([0])).item(), x.clamp(min: 2, max: 3).max().item(), maximum(x, Tensor([5])).min().item())
        print("accuracy", (x.argmax(dim: 1) == Tensor([3, 0, 3])).float().mean().item())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("math")?.printed ?? text
        for line in ["[3, 1] [1, 4]", "[3.0, 7.0, 11.0] [0.0, 0.0, 0.0, 0.0] [3]",
                     "6.0 [3.0, 7.0] [0.0, 4.0, 8.0] [10.0, 11.0]", "[3.0, 7.0, 11.0] [3.0, 3.0, 3.0] 12.0 1.0",
                     "[6, 4] [3, 2, 4] 2", "[1, 3, 4] [3, 4] [4, 3] [12]", "[0.0, 0.5, 1.0] [1.0, 0.0, 0.0, 1.0] 0.0",
                     "1.0 3.0 5.0", "accuracy 0.6666666865348816"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
    }

    /// PyTorch's rounding: `round` halves to even, `long()`/`int()` cut toward zero, and every one
    /// passes a zero gradient; a one-sided range (`2...`) runs to the end of its dimension.
    func testRoundingCastsAndOneSidedRanges() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: rounding
        let x = Tensor([-2.5, -1.7, -0.5, 0.5, 1.5, 2.5, 2.7], requiresGrad: true)
        print(x.floor().scalars, torch.ceil(x).scalars)
        print(x.round().scalars, trunc(x).scalars, x.long().scalars, x.int().scalars)
        x.round().sum().backward()
        print(x.grad!.scalars)
        let m = Tensor.arange(12).view(3, 4)
        print(m[1..., 0].scalars, m[0..., 2...].shape, m[2...].scalars)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("rounding")?.printed ?? text
        for line in ["[-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 2.0] [-2.0, -1.0, -0.0, 1.0, 2.0, 3.0, 3.0]",
                     "[-2.0, -2.0, -0.0, 0.0, 2.0, 2.0, 3.0] [-2.0, -1.0, -0.0, 0.0, 1.0, 2.0, 2.0] "
                        + "[-2.0, -1.0, -0.0, 0.0, 1.0, 2.0, 2.0] [-2.0, -1.0, -0.0, 0.0, 1.0, 2.0, 2.0]",
                     "[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]", "[4.0, 8.0] [3, 2] [8.0, 9.0, 10.0, 11.0]"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
    }

    func testInPlaceUpdateOutsideNoGradIsALocatedError() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        var w = Tensor([1, 2], requiresGrad: true)
        w -= Tensor([1, 1])
        """])
        XCTAssertNotEqual(outcome.exitStatus, 0)
        assertLocatedError(text, fixture, line: 8, "only inside noGrad")
    }
}
