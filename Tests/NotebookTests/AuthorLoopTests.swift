import Foundation
import Notebook
import XCTest

/// The author's loop: every mistake of every cell found before anything runs, with Swift's
/// spelling of Python names as fix-its; cells that do not depend on a failed cell still run;
/// a copied notebook gets its own figures.
final class AuthorLoopTests: XCTestCase {
    func testFiveMistakesInFiveCellsAreAllReportedInOneCheckSortedByPlace() throws {
        let (problems, status, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        model.add(Dense(10, activaton: .softmax))
        ```

        ```swift
        let grid = Tensor.zeroes([2, 3])
        ```

        ```swift
        let layer = nn.Linear(4, 2)
        let optimizer = optim.SGD(layer.parameters(), lr: 0.1)
        optimizer.zero_grad()
        ```

        ```swift
        let logits = F.log_softmax(Tensor([1.0, 2.0]), dim: 0)
        ```

        ```swift
        let flag = True
        ```
        """)
        XCTAssertEqual(status, 1)
        XCTAssertEqual(problems.count, 5, problems.joined(separator: "\n"))
        assertProblem(problems, fixture, line: 3, column: 21, "'activaton:'", "did you mean 'activation:'?")
        assertProblem(problems, fixture, line: 7, column: 19, "'Tensor' has no member 'zeroes'", "did you mean 'zeros'?")
        assertProblem(problems, fixture, line: 13, column: 11, "'zero_grad'", "use 'zeroGrad()'")
        assertProblem(problems, fixture, line: 17, column: 16, "'log_softmax'", "use 'logSoftmax'")
        assertProblem(problems, fixture, line: 21, column: 12, "'True'", "use 'true'")
        let lines = problems.map { Int($0.dropFirst(fixture.file.count + 1).prefix { $0 != ":" }) ?? 0 }
        XCTAssertEqual(lines, lines.sorted())
    }

    /// The blog post's PyTorch and Keras code pasted as it was written in Python.
    func testALiteralPortOfTheBlogsCodeGetsAFixItForEveryPythonSpelling() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        //| label: torch-data
        let transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
        let trainSet = datasets.MNIST("data", train: true, transform: transform)
        let trainLoader = torch.utils.data.DataLoader(trainSet, batch_size: 64, shuffle: true)
        ```

        ```swift
        //| label: torch-model
        class CNNModel: nn.Module {
            let conv1 = torch.nn.Conv2d(1, 32, 3, 1)
            let fc = nn.Linear(5408, 10)
            func forward(_ x: Tensor) -> Tensor {
                var x = F.relu(conv1(x))
                x = F.max_pool2d(x, 2)
                x = torch.flatten(x, 1)
                return F.log_softmax(fc(x), dim: 1)
            }
        }
        let net = CNNModel()
        let optimizer = optim.SGD(net.parameters(), lr: 0.01)
        let criterion = nn.CrossEntropyLoss()
        ```

        ```swift
        //| label: torch-train
        for (images, labels) in trainLoader {
            optimizer.zero_grad()
            let loss = criterion(net(images), labels)
            loss.backward()
            optimizer.step()
        }
        torch.no_grad {
            print("evaluating")
        }
        ```

        ```swift
        //| label: keras-model
        let (train, test) = MNIST.load()
        let xTrain = train.images.reshaped([60000, 28, 28, 1]) / 255
        let yTrain = to_categorical(train.labels, num_classes: 10)
        let model = Sequential()
        model.add(Conv2D(32, (3, 3), activation: "relu", input_shape: (28, 28, 1)))
        model.add(Flatten())
        model.add(Dense(10, activation: "softmax"))
        model.compile(optimizer: "sgd", loss: "categoricalCrossentropy", metrics: ["accuracy"])
        let history = model.fit(xTrain, yTrain, batch_size: 32, epochs: 1, validation_split: 0.3)
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 81, "(0.1307,)", "is a Double in Swift", "write [0.1307]")
        assertProblem(problems, fixture, line: 3, column: 92, "write [0.3081]")
        assertProblem(problems, fixture, line: 5, column: 57, "'batch_size:'", "use 'batchSize:'")
        assertProblem(problems, fixture, line: 15, column: 15, "'max_pool2d'", "use 'maxPool2d'")
        assertProblem(problems, fixture, line: 17, column: 18, "'log_softmax'", "use 'logSoftmax'")
        assertProblem(problems, fixture, line: 28, column: 15, "'zero_grad'", "use 'zeroGrad()'")
        assertProblem(problems, fixture, line: 33, column: 7, "'no_grad'", "use 'noGrad { }'")
        assertProblem(problems, fixture, line: 42, column: 14, "'to_categorical'", "use 'toCategorical'")
        assertProblem(problems, fixture, line: 42, column: 43, "'num_classes:'", "use 'numClasses:'")
        assertProblem(problems, fixture, line: 44, column: 50, "'input_shape:'", "use 'inputShape:'")
        assertProblem(problems, fixture, line: 48, column: 41, "'batch_size:'", "use 'batchSize:'")
        assertProblem(problems, fixture, line: 48, column: 68, "'validation_split:'", "use 'validationSplit:'")
        // `torch.utils.data.DataLoader`, `torch.nn.Conv2d` and `torch.flatten` are valid spellings.
        XCTAssertEqual(problems.count, 12, "exactly the Python spellings:\n" + problems.joined(separator: "\n"))
    }

    func testAFailureLetsIndependentCellsRunAndSaysWhyDependentOnesDidNot() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: one
        let base = Tensor([1.0, 2.0])
        ```

        ```swift
        //| label: two
        let sum = base + Tensor([1.0, 2.0, 3.0])
        ```

        ```swift
        //| label: three
        print("independent", base.sum().item())
        ```

        ```swift
        //| label: four
        let doubled = sum * 2
        ```

        ```swift
        //| label: five
        print(doubled)
        ```
        """)
        var options = fixture.options()
        options.explain = true
        let outcome = NotebookRunner(options: options, progress: fixture.progress).run()
        XCTAssertEqual(outcome.exitStatus, 1)
        XCTAssertEqual(outcome.result("one")?.status.succeeded, true)
        XCTAssertEqual(outcome.result("two")?.status.succeeded, false)
        XCTAssertEqual(outcome.result("three")?.printed, "independent 3.0\n")
        XCTAssertEqual(outcome.result("four")?.status, .notRun(reason: "needs `sum` from cell `two`, which failed"))
        XCTAssertEqual(outcome.result("five")?.status, .notRun(reason: "needs `doubled` from cell `four`, which was not run"))
        XCTAssertTrue(fixture.progress.explanations.contains("not run: needs `sum` from cell `two`, which failed"),
                      "\(fixture.progress.explanations)")
        let html = try fixture.html()
        XCTAssertTrue(html.contains("1 cell failed in this run:"), html)
        XCTAssertTrue(html.contains("href=\"#cell-two\""))
        XCTAssertTrue(html.contains("id=\"cell-two\""), "the summary's link has a target")
        XCTAssertTrue(html.contains("shapes"), "the error is shown in place")
    }

    func testACopiedNotebookWritesItsOwnFigures() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: curve
        plot([3.0, 2.0, 1.5, 1.2], title: "falling")
        ```
        """, name: "draft")
        XCTAssertEqual(fixture.run().exitStatus, 0)
        let output = fixture.outputDirectory
        let final = fixture.directory.appendingPathComponent("final.md").path
        try FileManager.default.copyItem(atPath: fixture.file, toPath: final)
        try FileManager.default.removeItem(at: output.appendingPathComponent("draft_files"))
        var options = fixture.options()
        options.file = final
        let outcome = NotebookRunner(options: options).run()
        XCTAssertEqual(outcome.result("curve")?.status, .restored)
        let html = try String(contentsOf: output.appendingPathComponent("final.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("src=\"final_files/curve-1.png\""), html)
        XCTAssertFalse(html.contains("draft_files"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("final_files/curve-1.png").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("draft_files").path))
    }
}
