import Foundation
import Notebook
import XCTest

/// PyTorch code as users paste it: keyword arguments (`kernel_size=`, `reduction=`), `view_as`
/// and nested lists for tensors.
final class BindingsPastedTorchTests: XCTestCase {
    func testModuleZeroGradAndPositionalFlatten() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: grads
        let net = nn.Linear(3, 2)
        net(Tensor.randn([4, 3])).sum().backward()
        let before = net.parameters().filter { $0.grad != nil }.count
        net.zeroGrad()
        print("grads:", before, net.parameters().filter { $0.grad != nil }.count, Tensor.randn([2, 3, 4]).flatten(1).shape)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        XCTAssertTrue((outcome.result("grads")?.printed ?? text).contains("grads: 2 0 [2, 12]"), text)
    }

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

    /// `.to(device)` on the CPU returns what it was called on (a cell's own module keeps its
    /// layers); `.size(0)`, `.size()`, `.dim()`, `.numel()`, `t()`, `T`, `tolist()` are PyTorch's; a CUDA device can be
    /// named, but moving to it is a located error.
    func testDevicesAndSizes() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: devices
        let device = torch.device(torch.cuda.isAvailable() ? "cuda" : "cpu")
        class Net: nn.Module {
            let fc1 = nn.Linear(4, 3)
            func forward(_ x: Tensor) -> Tensor { fc1(x) }
        }
        let net = Net().to(device)
        let x = Tensor.randn([5, 4]).to(device).cpu()
        print("sizes:", net(x).size(0), net(x).size(-1), x.size(), x.dim(), x.numel(), net.fc1.weight.shape, device.type)
        let m = Tensor.arange(6).view(2, 3)
        print("shapes:", m.t().shape, m.T.shape, m.tolist(), Tensor([1, 2]).t().shape)
        """, """
        //| label: gpu
        let gpu = torch.device("cuda")
        let y = Tensor.randn([2]).to(gpu)
        """])
        XCTAssertEqual(outcome.exitStatus, 1, text)
        XCTAssertTrue((outcome.result("devices")?.printed ?? text).contains("sizes: 5 3 [5, 4] 2 20 [3, 4] cpu"), text)
        XCTAssertTrue((outcome.result("devices")?.printed ?? text).contains("shapes: [3, 2] [3, 2] [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] [2]"), text)
        XCTAssertTrue(text.contains("there is no 'cuda' device here"), text)
    }
}
