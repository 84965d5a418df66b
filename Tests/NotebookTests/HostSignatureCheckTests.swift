import Foundation
import Notebook
import XCTest

/// `notebook check` against the static types the real bindings declare: wrong argument types,
/// results used as what they are not, methods of typed host values called with wrong arguments,
/// and optional misuse, all found before anything runs; and no complaint about correct code.
final class HostSignatureCheckTests: XCTestCase {
    func testArgumentsNoConversionAcceptsAreReportedWithTheFix() throws {
        let (problems, status, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        model.add(Dense("64"))
        let x = Tensor([1.0, 2.0])
        let history = model.fit(x, x, epochs: 2.5)
        let y = model.predict("images")
        let scaled = F.relu(true)
        ```
        """)
        XCTAssertEqual(status, 1)
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
        assertProblem(problems, fixture, line: 3, column: 17, "cannot convert value of type 'String' to expected argument type 'Int'",
                      "remove the quotes: 64")
        assertProblem(problems, fixture, line: 5, column: 39, "cannot convert value of type 'Double' to expected argument type 'Int'",
                      "write a whole number")
        assertProblem(problems, fixture, line: 6, column: 23, "cannot convert value of type 'String' to expected argument type 'Tensor'")
        assertProblem(problems, fixture, line: 7, column: 21, "cannot convert value of type 'Bool' to expected argument type 'Tensor'")
    }

    func testResultsUsedAsWhatTheyAreNotAreReported() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential { Dense(2, inputDim: 2) }
        model.compile(loss: .meanSquaredError)
        let x = Tensor([1.0, 2.0, 3.0, 4.0], shape: [2, 2])
        let history = model.fit(x, x)
        let score: Int = model.evaluate(x, x)
        let next = history.loss + 1
        let epochs: Int = history.epoch
        let name: Int = model.layers
        ```
        """)
        assertProblem(problems, fixture, line: 6, column: 24, "cannot convert value of type '(Double, Double)' to specified type 'Int'")
        assertProblem(problems, fixture, line: 7, column: 25, "binary operator '+' cannot be applied to operands of type '[Double]' and 'Int'")
        assertProblem(problems, fixture, line: 8, column: 27, "cannot convert value of type '[Int]' to specified type 'Int'")
        assertProblem(problems, fixture, line: 9, column: 23, "cannot convert value of type '[Layer]' to specified type 'Int'")
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
    }

    func testMethodsOfATypedHostValueAreCheckedForArity() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        let x = Tensor([1.0, 2.0])
        model.fit(x)
        model.summary(x)
        model.fit(x, x, speed: 2)
        model.fit(x, x, batch_size: 2)
        ```
        """)
        assertProblem(problems, fixture, line: 4, column: 7, "missing argument for parameter 'y' in call to 'Sequential.fit'")
        assertProblem(problems, fixture, line: 5, column: 7, "takes 0 unlabelled arguments, got 1", "'Sequential.summary'")
        assertProblem(problems, fixture, line: 6, column: 7, "no argument 'speed:' in call to 'Sequential.fit'", "(it takes (_ x: Tensor")
        assertProblem(problems, fixture, line: 7, column: 17, "use 'batchSize:'")
        XCTAssertEqual(problems.count, 4, "one problem for batch_size:, with its fix-it\n" + problems.joined(separator: "\n"))
    }

    func testAMemberTheHostTypeLacksIsReported() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        model.fitt(Tensor([1.0]), Tensor([1.0]))
        let history = model.fit(Tensor([1.0]), Tensor([1.0]))
        print(history.losses)
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 7, "value of type 'Sequential' has no member 'fitt'", "did you mean 'fit'?")
        assertProblem(problems, fixture, line: 5, column: 15, "value of type 'History' has no member 'losses'", "did you mean 'loss'?")
        XCTAssertEqual(problems.count, 2, problems.joined(separator: "\n"))
    }

    func testOptionalMisuseIsReported() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        model?.summary()
        let sizes = ["hidden": 64]
        let layer = Dense(sizes["hidden"])
        let history = model.fit(Tensor([1.0]), Tensor([1.0]))
        let count = history.history["loss"].count
        let forced = model!
        ```
        """)
        assertProblem(problems, fixture, line: 3, column: 6, "cannot use optional chaining on non-optional value of type 'Sequential'", "remove the '?'")
        assertProblem(problems, fixture, line: 5, column: 24, "value of optional type 'Int?' must be unwrapped to a value of type 'Int'")
        assertProblem(problems, fixture, line: 7, column: 28, "value of optional type '[Double]?' must be unwrapped to refer to member 'count'")
        assertProblem(problems, fixture, line: 8, column: 19, "cannot force unwrap value of non-optional type 'Sequential'")
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
    }

    /// Conversions the bindings make are not mistakes: string activations, an Int for a kernel
    /// pair or a Double, a shape as an Int list, a number for a scalar tensor, results used as
    /// what they are.
    func testCorrectLibraryCodeChecksClean() throws {
        let (problems, status, _) = try checkNotebook("""
        ```swift
        let model = Sequential()
        model.add(Conv2D(4, 3, activation: "relu", inputShape: (4, 4, 1)))
        model.add(Flatten())
        model.add(Dropout(0))
        model.add(Dense(2, activation: .softmax))
        model.compile(optimizer: "sgd", loss: "categoricalCrossentropy", metrics: ["accuracy"])
        let x = Tensor([Double](repeating: 0.5, count: 32), shape: [2, 4, 4, 1])
        let y = toCategorical(Tensor([0.0, 1.0]), numClasses: 2)
        let history = model.fit(x, y, batchSize: 2, epochs: 1, validationSplit: 0)
        let (loss, accuracy) = model.evaluate(x, y)
        let percent: Double = accuracy * 100
        let losses: [Double] = history.history["loss"] ?? []
        let last = history.loss.last ?? 0
        let first: Double = history.loss[0] + loss
        let flat = x.reshaped([2, 16]).reshaped(2, 16)
        for layer in model.layers { print(layer.countParams()) }
        let units = ["hidden": 8]
        let hidden = Dense(units["hidden"]!)
        var curve = LossCurve()
        curve.add(train: 2.0, epoch: 1)
        ```
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(status, 0)
    }
}
