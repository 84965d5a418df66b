import Foundation
import Notebook
import XCTest

/// PyTorch code as users paste it: keyword arguments (`kernel_size=`, `reduction=`), `view_as`
/// and nested lists for tensors.
final class BindingsPastedTorchTests: XCTestCase {
    func testPastedPyTorchKeywordsKernelSizeReductionAndViewAs() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: keywords
        let conv = nn.Conv2d(1, 2, kernelSize: 3, stride: 1)
        print("conv:", conv(torch.zeros(1, 1, 5, 5)).shape)
        let logits = Tensor([[2.0, 0.5], [0.1, 1.0], [1.0, 1.0]])
        let target = Tensor([0, 1, 0])
        let mean = F.crossEntropy(logits, target).item()
        let sum = F.crossEntropy(logits, target, reduction: "sum").item()
        let each = nn.CrossEntropyLoss(reduction: "none")(logits, target)
        print("sum is 3 means:", abs(sum - 3 * mean) < 1e-5, "per sample:", each.shape)
        let pred = logits.argmax(dim: 1, keepdim: true)
        print("correct:", pred.eq(target.viewAs(pred)).sum().item())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("keywords")?.printed ?? text
        for line in ["conv: [1, 2, 3, 3]", "sum is 3 means: true per sample: [3]", "correct: 3"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
    }

    func testUnknownReductionListsTheValidOnes() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        let loss = nn.NLLLoss(reduction: "average")
        """])
        XCTAssertNotEqual(outcome.exitStatus, 0)
        assertLocatedError(text, fixture, line: 7, #"unknown reduction "average"; expected one of "mean", "sum", "none""#)
    }

    func testNestedArraysMakeTensorsOfTheirShape() throws {
        let (outcome, text, fixture) = try runBindingsNotebook(["""
        //| label: nested
        print("shapes:", Tensor([[1, 2, 3], [4, 5, 6]]).shape, torch.tensor([[[1.5], [2]], [[3], [4]]]).shape)
        """, """
        let ragged = Tensor([[1.0, 2.0], [3.0]])
        """])
        XCTAssertNotEqual(outcome.exitStatus, 0)
        XCTAssertTrue((outcome.result("nested")?.printed ?? "").contains("shapes: [2, 3] [2, 2, 1]"), text)
        assertLocatedError(text, fixture, line: 12, "the rows of a nested array must have the same length; found 1 where 2 came before")
    }
}
