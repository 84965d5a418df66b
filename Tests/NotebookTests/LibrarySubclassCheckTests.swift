import Foundation
import Notebook
import XCTest

/// `notebook check` on script subclasses of a library class (`class Net: nn.Module`): an instance
/// has its own members and the library class's, and a name in neither is reported with the
/// closest one before anything runs.
final class LibrarySubclassCheckTests: XCTestCase {
    private static let net = """
    class Net: nn.Module {
        let fc1 = nn.Linear(4, 2)
        var steps = 0
        func forward(_ x: Tensor) -> Tensor { F.relu(fc1(x)) }
    }
    let net = Net()
    let x = Tensor([1.0, 2.0, 3.0, 4.0], shape: [1, 4])
    """

    func testAMisspeltMemberOfAScriptSubclassOfALibraryClassIsReported() throws {
        let (problems, status, fixture) = try checkNotebook("""
        ```swift
        \(Self.net)
        let y = net.forwardd(x)
        let w = net.fc11
        net.evall()
        net.fc11 = nn.Linear(4, 2)
        ```
        """)
        XCTAssertEqual(status, 1)
        assertProblem(problems, fixture, line: 9, column: 13, "value of type 'Net' has no member 'forwardd'; did you mean 'forward'?")
        assertProblem(problems, fixture, line: 10, column: 13, "value of type 'Net' has no member 'fc11'; did you mean 'fc1'?")
        assertProblem(problems, fixture, line: 11, column: 5, "value of type 'Net' has no member 'evall'; did you mean 'eval'?")
        assertProblem(problems, fixture, line: 12, column: 5, "value of type 'Net' has no member 'fc11'; did you mean 'fc1'?")
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
    }

    /// Members of the script chain (stored, computed, overridden, from a protocol extension) and
    /// of the library class (`parameters()`, `train()`, `stateDict()`, calling the instance).
    func testOwnAndInheritedMembersOfAScriptSubclassCheckClean() throws {
        let (problems, status, _) = try checkNotebook("""
        ```swift
        protocol Describes { func describe() -> String }
        extension Describes { func shout() -> String { describe().uppercased() } }
        class Base: nn.Module {
            let conv = nn.Conv2d(1, 2, 3)
            var steps = 0
            var twice: Int { steps * 2 }
            func forward(_ x: Tensor) -> Tensor { F.relu(conv(x)) }
        }
        class Net: Base, Describes {
            override func forward(_ x: Tensor) -> Tensor { super.forward(x) }
            func describe() -> String { "net \\(self.training) \\(self.steps) \\(countParams())" }
        }
        let net = Net()
        let x = Tensor([Double](repeating: 0.5, count: 16), shape: [1, 1, 4, 4])
        let out = net(x)
        let again = net.forward(x)
        net.train()
        net.train(false)
        net.eval()
        let count: Int = net.countParams()
        print(net.parameters().count, net.namedParameters().count, net.version, net.description, net.training)
        print(net.shout(), net.twice, net.steps, net.conv)
        net.steps += 1
        let state = net.stateDict()
        net.loadStateDict(state)
        let optimizer = optim.SGD(net.parameters(), lr: 0.1)
        optimizer.zeroGrad()
        let stack = nn.Sequential(net, nn.ReLU())
        let y = stack(x)
        ```
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(status, 0)
    }

    /// A method or property the instance inherits from the library class is checked against the
    /// binding and has its type.
    func testInheritedLibraryMethodsAreCheckedAndTyped() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        \(Self.net)
        let name: String = net.countParams()
        net.train(mode: false)
        for p in net.parameters() { print(p.shapee) }
        let mode: Int = net.training
        ```
        """)
        assertProblem(problems, fixture, line: 9, column: 24, "cannot convert value of type 'Int' to specified type 'String'")
        assertProblem(problems, fixture, line: 10, column: 5, "no argument 'mode:' in call to 'nn.Module.train'")
        assertProblem(problems, fixture, line: 11, column: 37, "value of type 'Tensor' has no member 'shapee'; did you mean 'shape'?")
        assertProblem(problems, fixture, line: 12, column: 21, "cannot convert value of type 'Bool' to specified type 'Int'")
        XCTAssertEqual(problems.count, 4, problems.joined(separator: "\n"))
    }

    /// Only library classes the bindings declare subclassable may be derived from; the others
    /// are reported where they are named, with the ones that can be.
    func testALibraryClassThatCannotBeSubclassedIsReported() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        class Model: Sequential {
            var extra = 1
        }
        class Plain {}
        class Child: Plain {}
        class Sequential2: nn.Module {
            func forward(_ x: Tensor) -> Tensor { x }
        }
        ```
        """)
        assertProblem(problems, fixture, line: 2, column: 14, "'Sequential' cannot be subclassed in notebook cells; library classes that can be: 'nn.Module'")
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
    }

    /// Calling an instance goes through the library class's call to the script's `forward`, so
    /// it gives the class's result (a Tensor); a script `callAsFunction` takes precedence.
    func testCallingAnInstanceHasTheLibraryCallsResult() throws {
        let (problems, _, fixture) = try checkNotebook("""
        ```swift
        \(Self.net)
        let output = net(x)
        let (_, predicted) = output.max(dim: 1)
        let label: Int = predicted
        class Pair: nn.Module {
            func forward(_ x: Tensor) -> Tensor { x }
            func callAsFunction(_ x: Tensor, _ y: Tensor) -> Int { 2 }
        }
        let pair = Pair()
        let two: Int = pair(x, x)
        class Holder {
            let pair = Pair()
            func run(_ x: Tensor) -> Int { self.pair(x, x) }
        }
        ```
        """)
        assertProblem(problems, fixture, line: 11, column: 18, "cannot convert value of type 'Tensor' to specified type 'Int'")
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
    }
}
