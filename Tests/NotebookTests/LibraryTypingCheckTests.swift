import Foundation
import Notebook
import XCTest

/// `notebook check` where the checker takes its types from the bindings beyond plain calls: the
/// batches of a data loader loop, the parameters of a closure given to a library function, library
/// results that are collections and tuples of library values, and a library value given for a
/// number. Each mistake is found before anything runs; valid code is not rejected.
final class LibraryTypingCheckTests: XCTestCase {
    func testDataLoaderLoopsTypeTheirBatches() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let data = TensorDataset(Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2]), Tensor([0.0, 1.0]))
        let loader = DataLoader(data, batchSize: 1)
        for (images, labels) in loader {
            print(images.shapee, labels.shape)
        }
        for (i, (inputs, targets)) in loader.enumerated() {
            let name: String = i
            print(inputs.shape, targets.itemm())
        }
        ```
        """)
        assertProblem(problems, fixture, line: 5, column: 18, "value of type 'Tensor' has no member 'shapee'; did you mean 'shape'?")
        assertProblem(problems, fixture, line: 8, column: 24, "cannot convert value of type 'Int' to specified type 'String'")
        assertProblem(problems, fixture, line: 9, column: 33, "value of type 'Tensor' has no member 'itemm'; did you mean 'item'?")
        XCTAssertEqual(problems.count, 3, problems.joined(separator: "\n"))
    }

    /// A member unlike any of a small library type's: the message lists what the type has.
    func testAMemberOfASmallTypeThatIsNoneOfItsOwnListsThem() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let row = CSV.read("m.csv").rows[0]
        print(row.text("station"))
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 11, "value of type 'DataRow' has no member 'text' (it has 'double', 'int', 'string')")
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
    }

    func testClosureParametersOfLibraryFunctionsTakeTheSignaturesTypes() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let schedule = LearningRateScheduler { epoch, lr in
            let text: String = lr
            let rate: Double = epoch
            return lr
        }
        let x = Tensor([1.0, 2.0])
        noGrad { print(x.shapee) }
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 24, "cannot convert value of type 'Double' to specified type 'String'")
        assertProblem(problems, fixture, line: 4, column: 24, "cannot convert value of type 'Int' to specified type 'Double'",
                      "convert it with 'Double(epoch)'")
        assertProblem(problems, fixture, line: 8, column: 18, "value of type 'Tensor' has no member 'shapee'")
        XCTAssertEqual(problems.count, 3, problems.joined(separator: "\n"))
    }

    func testLibraryResultsOfLibraryValuesAreTyped() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let x = Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2])
        let (values, indices) = x.max(dim: 1)
        let (best, predicted) = torch.max(x, 1)
        let count: Int = predicted
        for p in nn.Linear(2, 2).parameters() { print(p.shapee) }
        let ((xTrain, yTrain), (xTest, yTest)) = mnist.loadData()
        let (train, test) = MNIST.load()
        let (image, label) = train[0]
        let name: String = label
        let halves = x.chunk(2)
        print(halves[0].shapee, indices.shape, xTrain.shape)
        for (label, weight) in nn.Linear(2, 2).namedParameters() { let n: Int = label; print(weight.shape) }
        ```
        """)
        assertProblem(problems, fixture, line: 5, column: 18, "cannot convert value of type 'Tensor' to specified type 'Int'")
        assertProblem(problems, fixture, line: 6, column: 49, "value of type 'Tensor' has no member 'shapee'")
        assertProblem(problems, fixture, line: 10, column: 20, "cannot convert value of type 'Int' to specified type 'String'")
        assertProblem(problems, fixture, line: 12, column: 17, "value of type 'Tensor' has no member 'shapee'")
        assertProblem(problems, fixture, line: 13, column: 73, "cannot convert value of type 'String' to specified type 'Int'")
        XCTAssertEqual(problems.count, 5, problems.joined(separator: "\n"))
    }

    func testALibraryValueGivenForANumberIsReportedWithItsNumber() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let x = Tensor([1.0, 2.0])
        let layer = Dense(x)
        let optimizer = optim.SGD(nn.Linear(2, 2).parameters(), lr: x)
        let made = Tensor(x)
        let fine = optim.SGD(nn.Linear(2, 2).parameters(), lr: x.item())
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 19, "cannot convert value of type 'Tensor' to expected argument type 'Int'",
                      "take its number with 'Int(x.item())'")
        assertProblem(problems, fixture, line: 4, column: 61, "cannot convert value of type 'Tensor' to expected argument type 'Double'",
                      "take its number with 'x.item()'")
        XCTAssertEqual(problems.count, 2, problems.joined(separator: "\n"))
    }

    /// Valid uses of the newly typed values: batches, scheduler closures in their usual forms,
    /// library results destructured and passed on.
    func testValidUsesOfTypedLibraryValuesCheckClean() throws {
        let (problems, status, _) = try checkNotebook("""
        ```swift
        let data = TensorDataset(Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2]), Tensor([0.0, 1.0]))
        let loader = DataLoader(data, batchSize: 1, shuffle: true)
        let model = nn.Linear(2, 2)
        let optimizer = optim.SGD(model.parameters(), lr: 0.1)
        var correct = 0
        for (batch, (inputs, targets)) in loader.enumerated() {
            optimizer.zeroGrad()
            let output = model(inputs)
            let loss = F.crossEntropy(output, targets)
            loss.backward()
            optimizer.step()
            let (_, predicted) = output.max(dim: 1)
            correct += Int((predicted == targets).sum().item())
            if batch % 10 == 0 { print(batch, loss.item()) }
        }
        noGrad {
            for (images, labels) in loader { print(model(images).shape, labels.shape) }
        }
        let schedules = [
            LearningRateScheduler { epoch, lr in epoch < 5 ? lr : lr * 0.5 },
            LearningRateScheduler { _, _ in 1 },
            LearningRateScheduler { $1 * 0.9 },
        ]
        let weights = model.parameters().map { $0.shape }
        let (digits, _) = MNIST.load()
        let firstTen: MNISTDigits = digits[0..<10]
        let (image, label) = digits[3]
        let next: Int = label + 1
        ```
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(status, 0)
    }

    /// `grad`, `bias` and `stoppedEpoch` are optional, as in Swift: used as the wrapped value
    /// (a member, a method, arithmetic) they are reported; unwrapped, chained, compared or
    /// assigned nil they are fine.
    func testOptionalLibraryPropertiesMustBeUnwrapped() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let w = Tensor([1.0, 2.0], requiresGrad: true)
        (w * w).sum().backward()
        print(w.grad.shape)
        let layer = nn.Linear(2, 1)
        let offset = layer.bias.shape
        let stopper = EarlyStopping(patience: 2)
        let last: Int = stopper.stoppedEpoch + 1
        let total = w.grad.sum()
        ```
        """)
        assertProblem(problems, fixture, line: 4, column: 9, "value of optional type 'Tensor?' must be unwrapped to refer to member 'shape'")
        assertProblem(problems, fixture, line: 6, column: 20, "value of optional type 'Tensor?' must be unwrapped to refer to member 'shape'")
        assertProblem(problems, fixture, line: 8, column: 25, "value of optional type 'Int?' must be unwrapped to a value of type 'Int'")
        assertProblem(problems, fixture, line: 9, column: 15, "value of optional type 'Tensor?' must be unwrapped to refer to member 'sum'")
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
        let (valid, status, _) = try checkNotebook("""
        ```swift
        var w = Tensor([1.0, 2.0], requiresGrad: true)
        (w * w).sum().backward()
        print(w.grad!.shape, w.grad?.shape ?? [], w.grad == nil)
        if let gradient = w.grad { print(gradient.sum().item()) }
        print(w.grad?.sum() ?? Tensor([0.0]), w.grad!.sum())
        noGrad { w -= 0.1 * w.grad! }
        w.grad = nil
        let bias = nn.Linear(2, 1).bias!
        let stopper = EarlyStopping(patience: 2)
        if let stopped = stopper.stoppedEpoch { print(stopped + 1) }
        ```
        """)
        XCTAssertEqual(valid, [])
        XCTAssertEqual(status, 0)
    }

    /// A library module (`nn.Linear`, `nn.Sequential`) is exactly its bound class, so a member it
    /// lacks is reported; a value typed `nn.Module` may be a script subclass and is left alone.
    func testMisspeltMembersOfLibraryModulesAreReported() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let layer = nn.Linear(2, 2)
        print(layer.weightt)
        let stack = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
        print(stack.parameterss())
        let conv = nn.Conv2d(1, 2, 3)
        print(conv.weight.shape, conv.bias!.shape, conv.parameters().count, stack.countParams(), layer.training)
        layer.eval()
        func describe(_ module: nn.Module) { print(module.anything) }
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 13, "value of type 'nn.Linear' has no member 'weightt'; did you mean 'weight'?")
        assertProblem(problems, fixture, line: 5, column: 13, "value of type 'nn.Sequential' has no member 'parameterss'; did you mean 'parameters'?")
        XCTAssertEqual(problems.count, 2, problems.joined(separator: "\n"))
    }

    /// Calling a library value (a loss, a layer, `self.conv1`) has the bound call's result; a value typed
    /// `nn.Module` may be a script subclass with its own `forward` and is left alone.
    func testCallingALibraryValueIsTyped() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        class Net: nn.Module {
            let conv1 = nn.Conv2d(1, 2, 3)
            func forward(_ x: Tensor) -> Tensor {
                let hidden = conv1(x)
                let size: Int = hidden
                let again: Int = self.conv1(x)
                return hidden
            }
        }
        let criterion = nn.CrossEntropyLoss()
        let x = Tensor([1.0, 2.0], shape: [1, 2])
        print(criterion(x, x).itemm())
        func apply(_ module: nn.Module, _ x: Tensor) -> Tensor { module(x) }
        let stack = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
        let y: Tensor = stack(x)
        print(Net()(x).shape, apply(stack, x).shape)
        ```
        """)
        assertProblem(problems, fixture, line: 6, column: 25, "cannot convert value of type 'Tensor' to specified type 'Int'")
        assertProblem(problems, fixture, line: 7, column: 31, "cannot convert value of type 'Tensor' to specified type 'Int'")
        assertProblem(problems, fixture, line: 13, column: 23, "value of type 'Tensor' has no member 'itemm'; did you mean 'item'?")
        XCTAssertEqual(problems.count, 3, problems.joined(separator: "\n"))
    }

    /// The arguments of a call of a library value, or of a script subclass of nn.Module (which
    /// goes through the library class's call), are checked against the bound call.
    func testCallsOfLibraryValuesAreCheckedForLabelsAndArity() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        class Net: nn.Module {
            func forward(_ x: Tensor) -> Tensor { x }
        }
        let net = Net()
        let x = Tensor([1.0, 2.0])
        let criterion = nn.CrossEntropyLoss()
        let a = criterion(input: x, x)
        let b = net(x, x)
        let c = criterion(x)
        ```
        """)
        assertProblem(problems, fixture, line: 8, column: 9, "no argument 'input:' in call to 'nn.CrossEntropyLoss'",
                      "(it takes (_ input: Tensor, _ target: Tensor))")
        assertProblem(problems, fixture, line: 9, column: 9, "takes 1 unlabelled argument, got 2 in call to 'Net'")
        assertProblem(problems, fixture, line: 10, column: 9, "missing argument for parameter 'target' in call to 'nn.CrossEntropyLoss'")
        XCTAssertEqual(problems.count, 3, problems.joined(separator: "\n"))
    }
}
