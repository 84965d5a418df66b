import Foundation
@testable import Notebook
import XCTest

/// The values this branch's ML blocks put in cells — a Keras-style model with batch
/// normalisation, a PyTorch-style state dict with running statistics, an element-wise loss and
/// an activation — are restored from the cache when only a later cell changes.
extension CacheScenarioTests {
    static let learningNotebook = """
    ---
    title: Learning snapshots
    seed: 3
    ---

    ```swift
    //| label: keras
    let x = Tensor.randn([64, 4])
    let y = (x.sum(dim: 1) > 0) + 0
    let model = Sequential { Dense(8, inputDim: 4); BatchNormalization(); Activation("tanh"); Dense(2, activation: "softmax") }
    model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy")
    model.fit(x, y, epochs: 2)
    ```

    ```swift
    //| label: torch
    let net = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3))
    let output = net(x)
    let state = net.stateDict()
    let criterion = nn.MSELoss()
    let activation = Activation.gelu
    ```

    ```swift
    //| label: report
    print("predicted:", model.predict(x).sum(dim: 0).scalars)
    print("state:", state.keys, state["1.running_mean"].scalars, criterion(output, output).item(), activation)
    ```
    """

    func testLearningValuesAreRestoredWhenOnlyTheReportChanges() throws {
        let fixture = try NotebookFixture(Self.learningNotebook)
        let first = fixture.run()
        XCTAssertEqual(ran(first), ["keras", "torch", "report"])
        try edit(fixture, "print(\"predicted:\"", "print(\"predicted (again):\"")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["report"])
        let restored = try XCTUnwrap(outcome.result("report")?.printed)
        XCTAssertEqual(restored, try freshRun(of: fixture).result("report")?.printed)
        XCTAssertTrue(restored.contains("num_batches_tracked"), restored)
    }
}
