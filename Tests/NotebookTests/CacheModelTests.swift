import Foundation
@testable import Notebook
import XCTest

/// Re-run scenarios with real models and data: Keras-style models restored from their snapshots,
/// a PyTorch-style script-class model (which has none) rebuilt by running its cells, and a data
/// file whose change runs its readers.
final class CacheModelTests: XCTestCase {
    static let kerasNotebook = """
    ```swift
    //| label: data
    let x = Tensor.random([48, 6])
    let y = toCategorical(Tensor((0..<48).map { Double($0 % 3) }), numClasses: 3)
    ```

    ```swift
    //| label: keras-a
    let modelA = Sequential {
        Dense(8, inputDim: 6, activation: .relu)
        Dense(3, activation: .softmax)
    }
    modelA.compile(optimizer: SGD(learningRate: 0.1), loss: .categoricalCrossentropy, metrics: [.accuracy])
    ```

    ```swift
    //| label: fit-a
    let historyA = modelA.fit(x, y, batchSize: 16, epochs: 2)
    ```

    ```swift
    //| label: keras-b
    let modelB = Sequential {
        Dense(8, inputDim: 6, activation: .relu)
        Dense(3, activation: .softmax)
    }
    modelB.compile(optimizer: SGD(learningRate: 0.05), loss: .categoricalCrossentropy, metrics: [.accuracy])
    ```

    ```swift
    //| label: fit-b
    let historyB = modelB.fit(x, y, batchSize: 16, epochs: 2)
    ```

    ```swift
    //| label: evaluate
    let (lossA, accuracyA) = modelA.evaluate(x, y)
    let (lossB, accuracyB) = modelB.evaluate(x, y)
    print("losses", lossA, lossB, historyA.loss.count)
    ```
    """

    func testKerasLearningRateChangeRunsThatModelOnly() throws {
        let fixture = try NotebookFixture(Self.kerasNotebook)
        XCTAssertEqual(ran(fixture.run()), ["data", "keras-a", "fit-a", "keras-b", "fit-b", "evaluate"])
        try edit(fixture, "SGD(learningRate: 0.1)", "SGD(learningRate: 0.3)")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["keras-a", "fit-a", "evaluate"])
        XCTAssertEqual(outcome.result("evaluate")?.printed, try freshRun(of: fixture).result("evaluate")?.printed)
    }

    func testKerasEvaluationEditRunsOnlyItWithTheTrainedModelsRestored() throws {
        let fixture = try NotebookFixture(Self.kerasNotebook)
        _ = fixture.run()
        try edit(fixture, "print(\"losses\",", "print(\"loss values\",")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["evaluate"])
        XCTAssertEqual(outcome.result("evaluate")?.printed, try freshRun(of: fixture).result("evaluate")?.printed)
    }

    func testScriptClassModelIsRestoredForACellThatUsesIt() throws {
        let notebook = """
        ```swift
        //| label: data
        let x = Tensor.random([4, 6])
        ```

        ```swift
        //| label: net
        class Net: nn.Module {
            let fc = nn.Linear(6, 3)
            func forward(_ x: Tensor) -> Tensor { return fc(x) }
        }
        let net = Net()
        ```

        ```swift
        //| label: other
        let independent = 42
        ```

        ```swift
        //| label: use
        print(net(x).shape)
        ```
        """
        let fixture = try NotebookFixture(notebook)
        _ = fixture.run()
        try edit(fixture, "print(net(x).shape)", "print(\"shape\", net(x).shape)")
        var options = fixture.options()
        options.explain = true
        let cache = DiskCellCache(outputDirectory: fixture.outputDirectory)
        let outcome = NotebookRunner(options: options, progress: fixture.progress, cache: cache).run()
        XCTAssertEqual(ran(outcome), ["use"])
        XCTAssertEqual(outcome.result("use")?.printed, "shape [4, 3]\n")
        XCTAssertEqual(cache.explanationsByCell["net"], "restored")
        XCTAssertEqual(cache.explanationsByCell["use"], "ran: code changed")
        XCTAssertEqual(cache.explanationsByCell["data"], "restored")
    }

    func testChangedDataFileRunsItsReadersAndTheirUsers() throws {
        let notebook = """
        ```swift
        //| label: load
        let test = datasets.MNIST("data", train: false)
        ```

        ```swift
        //| label: counts
        let counts = test.classCounts()
        ```

        ```swift
        //| label: total
        print(counts[3])
        ```

        ```swift
        //| label: other
        print("independent")
        ```
        """
        let fixture = try NotebookFixture(notebook)
        let dataRoot = fixture.directory.appendingPathComponent("data")
        let mnist = dataRoot.appendingPathComponent("mnist")
        try FileManager.default.createDirectory(at: mnist, withIntermediateDirectories: true)
        for name in ["t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"] {
            let source = NotebookFixture.repositoryRoot.appendingPathComponent("data/mnist/\(name).gz").path
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
            gunzip.arguments = ["-c", "gzip -dc '\(source)' > '\(mnist.appendingPathComponent(name).path)'"]
            try gunzip.run()
            gunzip.waitUntilExit()
        }
        var options = fixture.options()
        options.dataRoot = dataRoot.path
        let first = NotebookRunner(options: options).run()
        XCTAssertEqual(ran(first), ["load", "counts", "total", "other"])
        XCTAssertEqual(ran(NotebookRunner(options: options).run()), [])
        // The first test image is a 7; make it a 3.
        let labels = mnist.appendingPathComponent("t10k-labels-idx1-ubyte")
        var bytes = try [UInt8](Data(contentsOf: labels))
        XCTAssertEqual(bytes[8], 7)
        bytes[8] = 3
        try Data(bytes).write(to: labels)
        options.explain = true
        let cache = DiskCellCache(outputDirectory: fixture.outputDirectory)
        let outcome = NotebookRunner(options: options, cache: cache).run()
        XCTAssertEqual(ran(outcome), ["load", "counts", "total"])
        XCTAssertTrue(cache.explanationsByCell["load"]?.hasPrefix("ran: data file") ?? false, "\(cache.explanationsByCell)")
        XCTAssertEqual(Int(outcome.result("total")?.printed.dropLast() ?? ""), Int(first.result("total")?.printed.dropLast() ?? "")! + 1)
    }

    func testOptimiserStepChangesTheModelItHoldsEvenUnnamed() throws {
        let notebook = """
        ```swift
        //| label: setup
        let x = Tensor.random([4, 6])
        let labels = Tensor([0, 1, 2, 0])
        let net = nn.Linear(6, 3)
        let optimizer = optim.SGD(net.parameters(), lr: 0.1)
        F.crossEntropy(net(x), labels).backward()
        ```

        ```swift
        //| label: step
        optimizer.step()
        ```

        ```swift
        //| label: show
        print(net(x).sum().item())
        ```
        """
        let fixture = try NotebookFixture(notebook)
        _ = fixture.run()
        try edit(fixture, "optimizer.step()", "optimizer.step()\noptimizer.step()")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["step", "show"])
        XCTAssertEqual(outcome.result("show")?.printed, try freshRun(of: fixture).result("show")?.printed)
    }
}
