import XCTest
@testable import Language

/// A `mutating` method and an `inout` argument change the caller's array where it is stored:
/// appending through them keeps the array's buffer while it has spare capacity (a copy per call
/// would make a loop of such calls quadratic). Checked by the buffer's address, not by time.
/// The recursion limit still stops a runaway recursion whose frames the calls reuse.
final class MutationThroughCallsTests: XCTestCase {
    private func run(_ session: Session, _ source: String) throws -> Value {
        try session.run(CellSource(source, file: "nb.md"))
    }

    /// The address of the buffer of the array `expression` evaluates to; no reference outlives the call.
    private func bufferAddress(_ session: Session, _ expression: String) throws -> Int? {
        guard case .array(let items) = try run(session, expression) else { return nil }
        return items.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// Appends through `call` after 100 appends, when the buffer has room for more.
    private func assertAppendsInPlace(setup: String, array: String, call: String, file: StaticString = #filePath,
                                      line: UInt = #line) throws {
        let session = Session { _ in }
        _ = try run(session, setup)
        let before = try XCTUnwrap(try bufferAddress(session, array), file: file, line: line)
        _ = try run(session, call)
        XCTAssertEqual(try bufferAddress(session, array), before, file: file, line: line)
        XCTAssertEqual(try run(session, "\(array).count").description, "101", file: file, line: line)
    }

    func testMutatingMethodAppendsInPlace() throws {
        try assertAppendsInPlace(setup: """
            struct Stack { var items: [Int] = []; mutating func push(_ x: Int) { items.append(x) } }
            var stack = Stack()
            for i in 0..<100 { stack.push(i) }
            """, array: "stack.items", call: "stack.push(100)")
    }

    func testMutatingMethodOfAnElementAppendsInPlace() throws {
        try assertAppendsInPlace(setup: """
            struct Stack { var items: [Int] = []; mutating func push(_ x: Int) { items.append(x) } }
            var stacks = [Stack(), Stack()]
            for i in 0..<100 { stacks[1].push(i) }
            """, array: "stacks[1].items", call: "stacks[1].push(100)")
    }

    func testInoutArgumentAppendsInPlace() throws {
        try assertAppendsInPlace(setup: """
            func push(_ items: inout [Int], _ x: Int) { items.append(x) }
            var items: [Int] = []
            for i in 0..<100 { push(&items, i) }
            """, array: "items", call: "push(&items, 100)")
    }

    func testSharedReceiverIsCopiedBeforeItChanges() throws {
        let session = Session { _ in }
        _ = try run(session, """
            struct Stack { var items: [Int] = []; mutating func push(_ x: Int) { items.append(x) } }
            var stack = Stack()
            stack.push(1)
            let kept = stack
            stack.push(2)
            """)
        XCTAssertEqual(try run(session, "kept.items").description, "[1]")
        XCTAssertEqual(try run(session, "stack.items").description, "[1, 2]")
    }

    func testUnboundedRecursionStopsAtTheLimit() throws {
        let session = Session { _ in }
        XCTAssertThrowsError(try run(session, "func down(_ n: Int) -> Int { down(n + 1) }\nlet x = down(0)")) { error in
            let message = (error as? LanguageErrors)?.errors.first?.message ?? "\(error)"
            XCTAssertTrue(message.contains("too many nested calls"), message)
        }
        // The frames of the calls that failed are not reused half-filled.
        XCTAssertEqual(try run(session, "func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(15)").description, "610")
    }
}
