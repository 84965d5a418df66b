import XCTest
@testable import Language

/// What the checker reads from a binding: written parameter types, the full form's result type,
/// and the static type of the Swift type a body returns (only where its wrapping is exact).
final class HostSignatureTypeTests: XCTestCase {
    func testTheFullFormDeclaresTheResultType() {
        let signature = Signature("(_ x: Tensor, _ y: Tensor, batchSize: Int = 32) -> (loss: Double, accuracy: Double)")
        XCTAssertNil(signature.problem)
        XCTAssertEqual(signature.parameters.map(\.name), ["x", "y", "batchSize"])
        XCTAssertEqual(signature.parameters.map(\.staticType), [.named("Tensor"), .named("Tensor"), .int])
        XCTAssertEqual(signature.resultType, .tuple([.double, .double]))
        XCTAssertEqual(signature.parameters[2].defaultValue.map(String.init(describing:)), "32")
    }

    /// A closure parameter's type is read as a function type, which a closure argument takes its
    /// parameter and result types from; a result builder's is not read.
    func testAClosureParameterIsNotAResultType() {
        let signature = Signature("_ schedule: (Int, Double) -> Double")
        XCTAssertNil(signature.resultType)
        XCTAssertEqual(signature.parameters.count, 1)
        XCTAssertTrue(signature.parameters[0].isClosure)
        XCTAssertEqual(signature.parameters[0].staticType, .function([.int, .double], .double))
        XCTAssertEqual(Signature("_ body: () -> Void").parameters[0].staticType, .function([], .void))
        XCTAssertNil(Signature("_ layers: @builder () -> [Layer]").parameters[0].staticType)
        XCTAssertEqual(Signature("_ sizes: Int...").parameters[0].staticType, .int)
        XCTAssertNotNil(Signature("(_ x: Int) -> [Int").problem)
    }

    func testResultTypesAreThoseOfTheWrappedValues() {
        let bindings = Bindings()
        bindings.type(Vector.self, "Vector")
        XCTAssertEqual(bindings.staticType(ofHost: Int.self), .int)
        XCTAssertEqual(bindings.staticType(ofHost: [String: [Double]].self), .dictionary(.string, .array(.double)))
        XCTAssertEqual(bindings.staticType(ofHost: Int?.self), .optional(.int))
        XCTAssertEqual(bindings.staticType(ofHost: Void.self), .void)
        XCTAssertEqual(bindings.staticType(ofHost: Vector.self), .named("Vector"))
        XCTAssertEqual(bindings.staticType(ofHost: [Vector].self), .array(.named("Vector")))
        XCTAssertEqual(bindings.staticType(ofHost: Vector?.self), .optional(.named("Vector")))
        guard case .array(let items) = Bindings.wrap([Vector([1])]), case .host(let item)? = items.first else {
            return XCTFail("an array of host values wraps element by element")
        }
        XCTAssertTrue(item is Vector)
        // Float wraps as a Double, Value and Any are anything, unbound types and tuples are not read,
        // nor dictionaries of host values (which wrap as one host value).
        for unknown: Any.Type in [Float.self, Value.self, Any.self, [Any].self, [Float].self, [String: Vector].self,
                                  (Int, Int).self, Layer.self, [Layer].self] {
            XCTAssertNil(bindings.staticType(ofHost: unknown), "\(unknown)")
        }
    }

    /// A mistake in a method call on a typed host value is found before the cell runs.
    func testAMethodOfATypedHostValueIsCheckedBeforeRunning() throws {
        let bindings = Bindings()
        bindings.type(Vector.self, "Vector") { t in
            t.initializer("_ values: [Double]") { a in Vector(try a.get("values", as: [Double].self)) }
            t.method("sum") { vector, _ in vector.sum() }
            t.method("scaled", "by factor: Double") { vector, a in vector * (try a.double("factor")) }
        }
        var printed: [String] = []
        let session = Session(bindings: bindings) { printed.append($0) }
        XCTAssertThrowsError(try session.run(CellSource("print(\"ran\")\nlet v = Vector([1, 2])\nlet n: Int = v.sum()\nv.scaled(by: \"2\")"))) { error in
            let errors = (error as? LanguageErrors)?.errors ?? []
            XCTAssertEqual(errors.map(\.location.line), [3, 4], "\(error)")
            XCTAssertTrue(errors.first?.message.contains("cannot convert value of type 'Double' to specified type 'Int'") == true, "\(error)")
            XCTAssertTrue(errors.last?.message.contains("expected argument type 'Double'") == true, "\(error)")
        }
        XCTAssertEqual(printed, [], "nothing ran")
        let total = try session.run(CellSource("let w = Vector([1, 2]).scaled(by: 2)\nlet total: Double = w.sum()\ntotal"))
        XCTAssertEqual(String(describing: total), "6.0")
    }
}
