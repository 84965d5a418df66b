import Foundation
import Notebook
import XCTest

/// PyTorch-style blocks beyond the article as cells use them: nn.Sequential with BatchNorm2d,
/// AvgPool2d and AdaptiveAvgPool2d, a StepLR schedule, element-wise losses and the state dict.
final class BindingsTorchLayerTests: XCTestCase {
    func testSmallCNNWithBatchNormAvgPoolAndStepLR() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: train
        torch.manualSeed(1)
        let net = nn.Sequential(
            nn.Conv2d(1, 4, 3, padding: 1), nn.BatchNorm2d(4), nn.ReLU(), nn.AvgPool2d(2),
            nn.Conv2d(4, 8, 3), nn.Tanh(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 3))
        let x = torch.randn(16, 1, 8, 8)
        let y = (x.mean(dim: 3).mean(dim: 2).squeeze(1) > 0) + 0
        let optimizer = optim.SGD(net.parameters(), lr: 0.2, momentum: 0.9)
        let scheduler = optim.lrScheduler.StepLR(optimizer, stepSize: 2, gamma: 0.5)
        let criterion = nn.CrossEntropyLoss()
        var losses: [Double] = []
        for epoch in 0..<4 {
            net.train()
            optimizer.zeroGrad()
            let loss = criterion(net(x), y)
            loss.backward()
            optimizer.step()
            scheduler.step()
            losses.append(loss.item())
        }
        print("lr:", abs(optimizer.lr - 0.05) < 1e-6, "improved:", losses[3] < losses[0])
        let state = net.stateDict()
        print("keys:", state.keys[0...6])
        print("tracked:", state["1.num_batches_tracked"].item(), "running:", state["1.running_var"].shape)
        net.eval()
        let before = net(x)
        let copy = torch.nn.Sequential(
            torch.nn.Conv2d(1, 4, 3, padding: 1), nn.BatchNorm2d(4), nn.ReLU(), nn.AvgPool2d(2),
            nn.Conv2d(4, 8, 3), nn.Tanh(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 3))
        copy.loadStateDict(state)
        copy.eval()
        print("same:", (copy(x) == before).min().item())
        print("mse:", nn.MSELoss()(Tensor([1, 2]), Tensor([1, 4])).item(), torch.nn.functional.l1Loss(Tensor([1, 2]), Tensor([1, 4])).item())
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("train")?.printed ?? text
        for line in ["lr: true improved: true",
                     #"keys: ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked"]"#,
                     "tracked: 4.0 running: [4]", "same: 1.0", "mse: 2.0 1.0"] {
            XCTAssertTrue(printed.contains(line), "expected \(line) in:\n\(printed)")
        }
    }

    func testRMSpropAndAdamWInBothStyles() throws {
        let (outcome, text, _) = try runBindingsNotebook(["""
        //| label: optimisers
        let x = Tensor.randn([32, 4])
        let y = (x.sum(dim: 1) > 0) + 0
        for make in [{ (p: [Tensor]) in optim.RMSprop(p, lr: 0.01, momentum: 0.5) }, { (p: [Tensor]) in optim.AdamW(p, lr: 0.01) }] {
            let net = nn.Linear(4, 2)
            let optimizer = make(net.parameters())
            let before = nn.CrossEntropyLoss()(net(x), y).item()
            for _ in 0..<20 {
                optimizer.zeroGrad()
                nn.CrossEntropyLoss()(net(x), y).backward()
                optimizer.step()
            }
            print("improved:", nn.CrossEntropyLoss()(net(x), y).item() < before)
        }
        let model = Sequential { Dense(2, activation: "softmax", inputDim: 4) }
        model.compile(optimizer: RMSprop(learningRate: 0.01), loss: "sparse_categorical_crossentropy")
        let history = model.fit(x, y, epochs: 5)
        print("keras improved:", history.loss.last! < history.loss.first!)
        """])
        XCTAssertEqual(outcome.exitStatus, 0, text)
        let printed = outcome.result("optimisers")?.printed ?? text
        XCTAssertEqual(printed.components(separatedBy: "improved: true").count - 1, 3, printed)
    }
}
