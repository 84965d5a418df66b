import XCTest
@testable import Language

/// Host bindings: types, methods, properties, operators, enum-like members, namespaces,
/// builders, sequences, subclassing a host class, identity across cells and host errors.
final class HostBindingTests: XCTestCase {
    var printed = ""
    lazy var session = Session(bindings: makeHostBindings()) { self.printed += $0 }

    @discardableResult
    func run(_ source: String, line: Int = 0) throws -> Value {
        try session.run(CellSource(source, file: "host.md", lineOffset: line))
    }

    func testInitializerMethodPropertyAndOperators() throws {
        XCTAssertEqual(try run("let v = Vector([1, 2])\n(v + v).sum()").description, "6.0")
        XCTAssertEqual(try run("(Vector([1, 2]) * 2).values", line: 10).description, "[2.0, 4.0]")
        XCTAssertEqual(try run("Vector([1]) == Vector([1])", line: 20).description, "true")
        XCTAssertEqual(try run("Vector([4, 5])[1]", line: 30).description, "5.0")
        XCTAssertEqual(try run("let w = Vector([1])\nw.values = [7, 8]\nw.count", line: 40).description, "2")
    }

    func testNamespacesEnumMembersAndDefaults() throws {
        let value = try run("let s = nn.Scale(2, by: 3, activation: .relu)\ns(Vector([1, -1])).values")
        XCTAssertEqual(value.description, "[3.0, 0.0]")
        XCTAssertEqual(try run("nn.Scale(1)(Vector([-2])).values", line: 5).description, "[-2.0]")
        XCTAssertEqual(try run("F.relu(Vector([-1, 2])).values", line: 7).description, "[0.0, 2.0]")
        XCTAssertEqual(try run("nn.Scale(1, activation: Activation.relu)(Vector([-2])).values", line: 9).description, "[0.0]")
    }

    func testLibraryCallsAcceptLabelledArgumentsInAnyOrder() throws {
        let swapped = try run("nn.Scale(2, activation: .relu, by: 3)(Vector([1, -1])).values")
        XCTAssertEqual(swapped.description, "[3.0, 0.0]")
    }

    func testUserFunctionsKeepSwiftsLabelOrder() throws {
        XCTAssertThrowsError(try run("func f(a: Int, b: Int) -> Int { a - b }\nf(b: 1, a: 2)")) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message, "argument 'a' must precede argument 'b'")
        }
    }

    func testTupleToPairConversionAndItsError() throws {
        XCTAssertEqual(try run("pair(kernelSize: (3, 5))").description, "[3, 5]")
        XCTAssertEqual(try run("pair(kernelSize: 3)", line: 2).description, "[3, 3]")
        // A String the checker sees is refused before the cell runs; one it cannot see, by the conversion.
        XCTAssertThrowsError(try run("pair(kernelSize: \"3\")", line: 4)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message,
                           "cannot convert value of type 'String' to expected argument type '(Int, Int)'")
        }
        XCTAssertThrowsError(try run("let three = { \"3\" }()\npair(kernelSize: three)", line: 6)) { error in
            XCTAssertEqual((error as? LanguageError)?.message, "argument 'kernelSize' expects Int or (Int, Int), got String")
        }
    }

    func testResultBuilderBlock() throws {
        let value = try run("""
        let model = Stack {
            nn.Scale(2, by: 2)
            for _ in 0..<2 { nn.Scale(2) }
            if true { nn.Scale(2, activation: .relu) }
        }
        model.count
        """)
        XCTAssertEqual(value.description, "4")
    }

    func testScriptSubclassOfHostClass() throws {
        try run("""
        class Net: nn.Module {
            let first = nn.Scale(2, by: 2)
            let second = nn.Scale(2, by: 3, activation: .relu)
            func forward(_ x: Vector) -> Vector {
                var x = F.relu(first(x))
                x = second(x)
                return x
            }
        }
        let net = Net()
        """)
        XCTAssertEqual(try run("net(Vector([1, -1])).values", line: 20).description, "[6.0, 0.0]")
        XCTAssertEqual(try run("net.parameters().count", line: 30).description, "2")
        XCTAssertEqual(try run("net.eval()\nnet.training", line: 40).description, "false")
        try run("class Probe: nn.Module { func count() -> Int { parameters().count } }\nlet probe = Probe()", line: 50)
        XCTAssertEqual(try run("probe.count()", line: 60).description, "0")
        let layer = session.value(of: "net")?.hostValue as? Layer
        XCTAssertEqual(try layer?.forward(Vector([1, 1])).values, [6, 6])
    }

    func testTypeTestsSeeLibraryTypesTheirSubclassesAndScriptSubclasses() throws {
        try run("class Net: nn.Module {}\nlet items: [Any] = [Net(), nn.Scale(2, by: 1), Vector([1]), 3]")
        XCTAssertEqual(try run("items.map { $0 is nn.Module }", line: 10).description, "[true, true, false, false]")
        XCTAssertEqual(try run("items.map { $0 is Net }", line: 20).description, "[true, false, false, false]")
        XCTAssertEqual(try run("items.compactMap { $0 as? Vector }.count", line: 30).description, "1")
    }

    func testHostObjectsKeepTheirIdentityAcrossCells() throws {
        try run("let model = Stack()")
        let before = session.value(of: "model")?.hostValue as AnyObject?
        try run("model.add(nn.Scale(1))", line: 3)
        try run("model.add(nn.Scale(1))", line: 6)
        let after = session.value(of: "model")?.hostValue as AnyObject?
        XCTAssertTrue(before === after)
        XCTAssertEqual((after as? Stack)?.layers.count, 2)
    }

    func testForInOverHostSequenceWithTuplePattern() throws {
        let value = try run("var total = 0\nfor (x, label) in Loader(count: 4) { total += label + Int(x.sum()) }\ntotal")
        XCTAssertEqual(value.description, "12")
    }

    func testMutatingMethodOfHostValueTypeWritesBack() throws {
        XCTAssertEqual(try run("var curve = Curve()\nfor i in 0..<3 { curve.add(Double(i)) }\ncurve.count").description, "3")
        // Found before the cell runs: the checker knows `fixed` is a Curve.
        XCTAssertThrowsError(try run("let fixed = Curve()\nfixed.add(1)", line: 10)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.map(\.message),
                           ["cannot use mutating member 'add' on immutable value: 'fixed' is a 'let' constant; declare it with 'var'"])
        }
    }

    func testNonMutatingCallThroughAReadOnlyPropertyWritesNothingBack() throws {
        // `doubled` has no setter: a plain method call on it must not try to assign it back,
        // while a mutating method of a value stored in a variable still does.
        XCTAssertEqual(try run("var v = Vector([1, 2])\nv.doubled.sum()").description, "6.0")
        XCTAssertEqual(try run("var curves = [Curve()]\ncurves[0].add(1)\ncurves[0].count", line: 4).description, "1")
    }

    func testTrainingLoopInTheShapeOfTheArticle() throws {
        try run("""
        class Tiny: nn.Module {
            let scale = nn.Scale(1, by: 2)
            func forward(_ x: Vector) -> Vector { scale(x) }
        }
        let net = Tiny()
        let trainLoader = Loader(count: 3)
        """)
        let value = try run("""
        var curve = Curve()
        for epoch in 1...2 {
            net.train()
            for (images, labels) in trainLoader {
                let loss = net(images).sum() + Double(labels * epoch)
                curve.add(loss)
            }
            net.eval()
            noGrad {
                for (images, _) in trainLoader { curve.add(net(images).sum()) }
            }
        }
        curve.count
        """, line: 20)
        XCTAssertEqual(value.description, "12")
    }

    func testTrailingClosureToHostFunction() throws {
        try run("var seen = 0\nnoGrad { seen += 1 }")
        XCTAssertEqual(session.value(of: "seen")?.description, "1")
    }

    func testHostErrorsCarryTheCallLocation() throws {
        XCTAssertThrowsError(try run("let a = 1\nlet s = nn.Scale(2)\ns(Vector([1]))", line: 100)) { error in
            let error = error as? LanguageError
            XCTAssertEqual(error?.message, "Scale expects 2 values, got 1")
            XCTAssertEqual(error?.location, SourceLocation(file: "host.md", line: 103, column: 1))
        }
        XCTAssertThrowsError(try run("fail(\"boom\")", line: 200)) { error in
            XCTAssertEqual((error as? LanguageError)?.description, "host.md:201:1: error: boom\nfail(\"boom\")\n^")
        }
    }

    func testHostReadsAndWritesGlobals() throws {
        session.setValue(.int(41), for: "answer")
        XCTAssertEqual(try run("answer + 1").description, "42")
        try run("var total = 5", line: 2)
        session.setValue(.int(9), for: "total")
        XCTAssertEqual(try run("total", line: 4).description, "9")
    }
}
