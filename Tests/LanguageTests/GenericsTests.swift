import XCTest
@testable import Language

/// Generic code at its use sites and in its bodies: what runs, and the located errors for what
/// the cell language does not support there.
final class GenericsTests: XCTestCase {
    private func run(_ source: String) -> (printed: String, failure: String?) {
        var printed = ""
        let session = Session { printed += $0 }
        do {
            _ = try session.run(CellSource(source, file: "nb.md", lineOffset: 10))
            return (printed, nil)
        } catch {
            return (printed, String(describing: error))
        }
    }

    func testGenericFunctionBodiesSeeTheTypesEachCallBinds() {
        let source = """
        func zero<T: Numeric>(like _: T) -> T { T.zero }
        func widen<T: BinaryFloatingPoint>(_ n: Int, as _: T) -> T { T(n) }
        print(zero(like: 3), zero(like: 2.5), widen(7, as: 1.0), widen(7, as: Float(1)))
        """
        XCTAssertEqual(run(source).printed, "0 0.0 7.0 7.0\n")
    }

    func testNestedGenericCallsPassTheirBindingsOn() {
        let source = """
        func zero<T: Numeric>(like _: T) -> T { .zero }
        func pairOfZeros<U: Numeric>(_ x: U) -> [U] { let z: U = zero(like: x); return [z, z] }
        print(pairOfZeros(1.5), pairOfZeros(2))
        """
        XCTAssertEqual(run(source).printed, "[0.0, 0.0] [0, 0]\n")
    }

    func testAGenericTypesParameterIsItsInstancesTypeArgument() {
        let source = """
        struct Accumulator<Element: Numeric> {
            var items: [Element] = []
            func total() -> Element { items.reduce(Element.zero, +) }
            var start: Element { .zero }
        }
        print(Accumulator<Double>().total(), Accumulator(items: [1, 2]).total(), Accumulator<Float>().start)
        """
        XCTAssertEqual(run(source).printed, "0.0 3 0.0\n")
    }

    func testUseSiteTypeErrorsNameTheBoundType() {
        let source = """
        struct Stack<Element> { var items: [Element] = []; mutating func push(_ x: Element) { items.append(x) } }
        var s = Stack<Int>()
        s.push(2.5)
        """
        XCTAssertEqual(run(source).failure,
                       "nb.md:13:8: error: cannot convert value of type 'Double' to expected argument type 'Int'; convert it with 'Int(…)'\ns.push(2.5)\n       ^")
    }
}

extension GenericsTests {
    func testAGenericParameterWhoseTypeIsUnknownIsALocatedError() {
        let source = """
        func zero<T: Numeric>(like _: T) -> T { .zero }
        let f = zero
        print(f(2))
        """
        let failure = run(source).failure ?? "no error"
        XCTAssertTrue(failure.hasPrefix("nb.md:11:42: error: the type generic parameter 'T' stands for is not known here"), failure)
    }
}

extension GenericsTests {
    func testASameTypeRequirementIsALocatedUnsupportedError() {
        let source = """
        protocol Box { associatedtype Item; var items: [Item] { get } }
        func total<B: Box>(_ b: B) -> Double where B.Item == Double { b.items.reduce(0, +) }
        """
        XCTAssertEqual(run(source).failure,
                       "nb.md:12:44: error: same-type requirements naming a concrete type (B.Item == Double) are not supported in notebook cells\n"
                       + "func total<B: Box>(_ b: B) -> Double where B.Item == Double { b.items.reduce(0, +) }\n"
                       + "                                           ^")
    }
}
