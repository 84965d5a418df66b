import Foundation
@testable import Notebook
import XCTest

/// Learning-rate schedulers and Keras callbacks in the cell cache: a scheduler is restored with
/// its optimiser by reference, so after a restore it steps the optimiser that updates the model,
/// and training cells print exactly what they print without the cache. A callback that holds a
/// closure cannot be stored: its cell runs again, saying why.
extension CacheScenarioTests {
    /// A model, optimiser and scheduler in one cell, then three epochs in cells of their own.
    static func schedulerNotebook(optimizer: String, scheduler: String) -> String {
        let epoch = { (label: String) in
            """
            ```swift
            //| label: \(label)
            for _ in 1...2 {
                optimizer.zeroGrad()
                let loss = criterion(net(x), y)
                loss.backward()
                optimizer.step()
            }
            scheduler.step()
            print("\(label)", net(x).sum().item(), optimizer.lr, scheduler.getLastLr(), scheduler.lastEpoch)
            ```
            """
        }
        return """
        ---
        title: Scheduler snapshots
        seed: 4
        ---

        ```swift
        //| label: data
        let x = Tensor.randn([16, 4])
        let y = (x.sum(dim: 1) > 0) + 0
        ```

        ```swift
        //| label: setup
        let net = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
        let optimizer = \(optimizer)
        let scheduler = \(scheduler)
        let criterion = nn.CrossEntropyLoss()
        ```

        \(epoch("first"))

        \(epoch("second"))

        \(epoch("third"))
        """
    }

    static let schedulerCases = [
        ("optim.SGD(net.parameters(), lr: 0.2, momentum: 0.9)", "optim.lrScheduler.StepLR(optimizer, stepSize: 2, gamma: 0.5)"),
        ("optim.Adam(net.parameters(), lr: 0.05)", "optim.lrScheduler.ExponentialLR(optimizer, gamma: 0.7)"),
        ("optim.SGD(net.parameters(), lr: 0.3)", "optim.lrScheduler.CosineAnnealingLR(optimizer, tMax: 4, etaMin: 0.01)"),
    ]

    func testARestoredSchedulerStepsTheRestoredOptimizerWhenOnlyALaterCellChanges() throws {
        for (optimizer, scheduler) in Self.schedulerCases {
            let fixture = try NotebookFixture(Self.schedulerNotebook(optimizer: optimizer, scheduler: scheduler))
            XCTAssertEqual(ran(fixture.run()), ["data", "setup", "first", "second", "third"])
            let uncached = try freshRun(of: fixture)
            XCTAssertEqual(ran(fixture.run()), [], "a second run restores every cell")

            try edit(fixture, "print(\"third\"", "print(\"third, again\"")
            let lastChanged = fixture.run()
            XCTAssertEqual(ran(lastChanged), ["third"], scheduler + "\n" + fixture.progress.allText)
            let third = try XCTUnwrap(lastChanged.result("third")?.printed)
            XCTAssertEqual(third, try freshRun(of: fixture).result("third")?.printed, scheduler)
            XCTAssertEqual(third.replacingOccurrences(of: "third, again", with: "third"), uncached.result("third")?.printed, scheduler)
            // The schedule moved the optimiser's rate: the restored scheduler holds the restored optimiser.
            XCTAssertTrue(third.hasSuffix(" 3\n"), third)

            try edit(fixture, "print(\"second\"", "print(\"second, again\"")
            let middleChanged = fixture.run()
            XCTAssertEqual(ran(middleChanged), ["second", "third"], scheduler + "\n" + fixture.progress.allText)
            let fresh = try freshRun(of: fixture)
            for cell in ["first", "second", "third"] {
                XCTAssertEqual(middleChanged.result(cell)?.printed, fresh.result(cell)?.printed, "\(scheduler): \(cell)")
            }
        }
    }

    func testASchedulerAloneInACellStoresTheRateItGaveItsOptimizer() throws {
        let notebook = Self.schedulerNotebook(optimizer: "optim.SGD(net.parameters(), lr: 0.2)",
                                              scheduler: "optim.lrScheduler.ExponentialLR(optimizer, gamma: 0.5)")
            .replacingOccurrences(of: "```swift\n//| label: first", with: """
            ```swift
            //| label: warmup
            scheduler.step()
            ```

            ```swift
            //| label: first
            """)
        let fixture = try NotebookFixture(notebook)
        XCTAssertEqual(ran(fixture.run()), ["data", "setup", "warmup", "first", "second", "third"])
        try edit(fixture, "print(\"first\"", "print(\"first, again\"")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["first", "second", "third"], fixture.progress.allText)
        let first = try XCTUnwrap(outcome.result("first")?.printed)
        XCTAssertEqual(first, try freshRun(of: fixture).result("first")?.printed)
        XCTAssertTrue(first.hasSuffix(" 0.05000000074505806 [0.05000000074505806] 2\n"), first)
    }

    /// A scheduler refers to its optimiser's parameters through the optimiser: when their stored
    /// tensors are damaged, a cell that uses only the scheduler runs the cell that made it.
    func testADamagedParameterOfTheOptimizerRunsTheSchedulersDefiner() throws {
        let notebook = Self.schedulerNotebook(optimizer: "optim.SGD(net.parameters(), lr: 0.2)",
                                              scheduler: "optim.lrScheduler.StepLR(optimizer, stepSize: 1)")
            .components(separatedBy: "```swift\n//| label: first")[0] + """
            ```swift
            //| label: rates
            scheduler.step()
            print(scheduler.getLastLr(), scheduler.lastEpoch)
            ```
            """
        let fixture = try NotebookFixture(notebook)
        XCTAssertEqual(ran(fixture.run()), ["data", "setup", "rates"])
        try damageBlobs(in: fixture) { $0.dropFirst(4).starts(with: Array("CTN1".utf8)) }
        try edit(fixture, "print(scheduler.getLastLr()", "print(\"rates\", scheduler.getLastLr()")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["setup", "rates"], fixture.progress.allText)
        XCTAssertEqual(outcome.result("rates")?.printed, try freshRun(of: fixture).result("rates")?.printed)
    }

    static let callbackNotebook = """
    ---
    title: Callback snapshots
    seed: 2
    ---

    ```swift
    //| label: model
    let x = Tensor.randn([48, 3])
    let y = (x.sum(dim: 1) > 0) + 0
    let model = Sequential { Dense(6, inputDim: 3, activation: "tanh"); Dense(2, activation: "softmax") }
    model.compile(optimizer: .sgd(learningRate: 0.5), loss: "sparse_categorical_crossentropy")
    ```

    ```swift
    //| label: callbacks
    let stopper = EarlyStopping(monitor: "loss", minDelta: 0.05, patience: 1)
    let plateau = ReduceLROnPlateau(monitor: "loss", factor: 0.5, patience: 1, minDelta: 0.02)
    ```

    ```swift
    //| label: schedule
    let decay = LearningRateScheduler { epoch, rate in rate * 0.9 }
    ```

    ```swift
    //| label: fit
    let history = model.fit(x, y, epochs: 12, verbose: 0, callbacks: [plateau, decay, stopper])
    print("fit", history.loss)
    if let stopped = stopper.stoppedEpoch { print("stopped after epoch", stopped + 1) }
    ```
    """

    func testKerasCallbacksAreRestoredAndAClosureScheduleRunsItsCellAgain() throws {
        let fixture = try NotebookFixture(Self.callbackNotebook)
        XCTAssertEqual(ran(fixture.run()), ["model", "callbacks", "schedule", "fit"])
        try edit(fixture, "print(\"fit\"", "print(\"fit again\"")
        var options = fixture.options()
        options.explain = true
        let outcome = NotebookRunner(options: options, progress: fixture.progress).run()
        XCTAssertEqual(ran(outcome), ["schedule", "fit"], fixture.progress.allText)
        XCTAssertTrue(fixture.progress.explanations.contains { $0.contains("a LearningRateScheduler cannot be stored in the cache") },
                      "\(fixture.progress.explanations)")
        let printed = try XCTUnwrap(outcome.result("fit")?.printed)
        XCTAssertEqual(printed, try freshRun(of: fixture).result("fit")?.printed)
    }
}
