import Foundation
@testable import Notebook
import XCTest

/// PyTorch-style models and optimisers in the cell cache: a cell that uses a trained model runs
/// alone, and a restored model and optimiser go on training exactly as they would have without
/// the cache — the optimiser updates the model's own tensors, not copies.
extension CacheScenarioTests {
    /// Data, a model cell (`model`: its code), three training steps, and a report.
    static func torchTrainingNotebook(_ model: String, report: String) -> String {
        """
        ---
        title: Torch snapshots
        seed: 5
        ---

        ```swift
        //| label: data
        let x = Tensor.randn([32, 4])
        let y = (x.sum(dim: 1) > 0) + 0
        ```

        ```swift
        //| label: model
        \(model)
        ```

        ```swift
        //| label: train
        for _ in 1...3 {
            optimizer.zeroGrad()
            let loss = criterion(net(x), y)
            loss.backward()
            optimizer.step()
        }
        ```

        ```swift
        //| label: report
        \(report)
        ```
        """
    }

    static let torchNotebook = torchTrainingNotebook("""
        class Net: nn.Module {
            let hidden = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Dropout(0.2))
            let head = nn.Linear(8, 2)
            let scale = Tensor([1, 1], requiresGrad: true)
            var calls = 0
            func forward(_ x: Tensor) -> Tensor {
                calls += 1
                return F.logSoftmax(head(hidden(x)) * scale, dim: 1)
            }
        }
        let net = Net()
        let optimizer = optim.SGD(net.parameters(), lr: 0.1, momentum: 0.9)
        let criterion = nn.NLLLoss()
        let headWeight = net.head.weight
        """, report: "print(\"report\", net(x).sum().item(), net.calls, net.training)")

    /// A cell that continues training the restored model, then shows what changed.
    static func continueCell(printing shown: String) -> String {
        """


        ```swift
        //| label: continue
        var losses: [Double] = []
        for _ in 1...3 {
            optimizer.zeroGrad()
            let loss = criterion(net(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        }
        print(losses, \(shown))
        ```
        """
    }

    static let continueCell = continueCell(printing: "net(x).sum().item(), headWeight.sum().item(), net.scale.scalars, net.calls")

    /// Runs `notebook`, edits its report, and returns the report printed on the run that restores
    /// everything else, after checking that it equals a run without the cache.
    func reportAfterRestoring(_ fixture: NotebookFixture) throws -> String {
        XCTAssertEqual(ran(fixture.run()), ["data", "model", "train", "report"])
        try edit(fixture, "print(\"report\"", "print(\"report again\"")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["report"], fixture.progress.allText)
        let printed = try XCTUnwrap(outcome.result("report")?.printed)
        XCTAssertEqual(printed, try freshRun(of: fixture).result("report")?.printed)
        return printed
    }

    /// Adds `continueCell` after the report and returns what it printed on the run where it alone
    /// runs, after checking that it equals a run without the cache and that training moved the
    /// losses (the optimiser updated the model it was restored with).
    func continuedTraining(_ fixture: NotebookFixture, _ continueCell: String) throws -> String {
        let text = try String(contentsOfFile: fixture.file, encoding: .utf8)
        try (text.trimmingCharacters(in: .whitespacesAndNewlines) + continueCell).write(toFile: fixture.file, atomically: true, encoding: .utf8)
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["continue"], fixture.progress.allText)
        let continued = try XCTUnwrap(outcome.result("continue")?.printed)
        XCTAssertEqual(continued, try freshRun(of: fixture).result("continue")?.printed)
        let losses = try XCTUnwrap(continued.split(separator: "]").first)
        XCTAssertEqual(Set(losses.split(separator: ",")).count, 3, continued)
        return continued
    }

    func testACellUsingATrainedScriptModuleRunsAlone() throws {
        let printed = try reportAfterRestoring(try NotebookFixture(Self.torchNotebook))
        XCTAssertTrue(printed.hasSuffix(" 4 true\n"), printed)
    }

    func testARestoredModelAndOptimizerTrainOnAsWithoutTheCache() throws {
        let fixture = try NotebookFixture(Self.torchNotebook)
        XCTAssertEqual(ran(fixture.run()), ["data", "model", "train", "report"])
        _ = try continuedTraining(fixture, Self.continueCell)
    }

    func testAModelChangedWithoutItsOptimizerStaysSharedWithIt() throws {
        let reset = """
        ```swift
        //| label: reset
        net.loadStateDict(initialState)
        ```


        """
        let notebook = Self.torchNotebook
            .replacingOccurrences(of: "let headWeight = net.head.weight", with: "let headWeight = net.head.weight\nlet initialState = net.stateDict()")
            .replacingOccurrences(of: "```swift\n//| label: report", with: reset + "```swift\n//| label: report")
        let fixture = try NotebookFixture(notebook)
        XCTAssertEqual(ran(fixture.run()), ["data", "model", "train", "reset", "report"])
        _ = try continuedTraining(fixture, Self.continueCell)
    }

    func testGradientsLeftByACellThatOnlyCallsBackwardAreRestoredForTheStep() throws {
        let notebook = """
        ```swift
        //| label: setup
        let x = Tensor.random([4, 6])
        let net = nn.Linear(6, 3)
        let optimizer = optim.SGD(net.parameters(), lr: 0.1)
        ```

        ```swift
        //| label: gradients
        F.crossEntropy(net(x), Tensor([0, 1, 2, 0])).backward()
        ```

        ```swift
        //| label: step
        optimizer.step()
        print(net(x).sum().item())
        ```
        """
        let fixture = try NotebookFixture(notebook)
        _ = fixture.run()
        try edit(fixture, "print(net(x).sum().item())", "print(\"after the step:\", net(x).sum().item())")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["step"], fixture.progress.allText)
        XCTAssertEqual(outcome.result("step")?.printed, try freshRun(of: fixture).result("step")?.printed)
    }
}

/// A script subclass of `nn.Module` inside an `nn.Sequential`: the sequential model is stored with
/// the block embedded, and the block's parameters stay the optimiser's after a restore.
extension CacheScenarioTests {
    static let blockNotebook = torchTrainingNotebook("""
        class Residual: nn.Module {
            let inner = nn.Sequential(nn.Linear(4, 4), nn.Tanh())
            let gate = Tensor([0.5, 0.5, 0.5, 0.5], requiresGrad: true)
            var calls = 0
            func forward(_ x: Tensor) -> Tensor {
                calls += 1
                return x + inner(x) * gate
            }
        }
        let net = nn.Sequential(Residual(), nn.Dropout(0.1), Residual(), nn.Linear(4, 2))
        let optimizer = optim.Adam(net.parameters(), lr: 0.05)
        let criterion = nn.CrossEntropyLoss()
        """, report: "net.eval()\nprint(\"report\", net(x).sum().item(), net.training, net.countParams())")

    func testAScriptModuleInsideASequentialModelIsStoredAndRestored() throws {
        let fixture = try NotebookFixture(Self.blockNotebook)
        let printed = try reportAfterRestoring(fixture)
        XCTAssertTrue(printed.hasSuffix(" false 58\n"), printed)
        // Training goes on from the restored model: the optimiser steps the blocks' own parameters.
        _ = try continuedTraining(fixture, Self.continueCell(printing: "net(x).sum().item()"))
    }

    /// A block held by a name of its own and by the model comes back as one object.
    func testAScriptModuleHeldUnderTwoNamesIsRestoredAsOneObject() throws {
        let notebook = Self.blockNotebook
            .replacingOccurrences(of: "let net = nn.Sequential(Residual(), nn.Dropout(0.1), Residual(), nn.Linear(4, 2))",
                                  with: "let block = Residual()\nlet net = nn.Sequential(block, nn.Linear(4, 2))")
            .replacingOccurrences(of: "net.eval()\nprint(\"report\", net(x).sum().item(), net.training, net.countParams())",
                                  with: "net.eval()\nprint(\"report\", net(x).sum().item(), block.calls, block.training, block.gate.scalars)")
        let printed = try reportAfterRestoring(try NotebookFixture(notebook))
        XCTAssertTrue(printed.contains(" 4 false ["), printed)
    }
}
