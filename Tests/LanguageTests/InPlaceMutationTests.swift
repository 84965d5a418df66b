import XCTest
@testable import Language

/// Changes made in place keep the one buffer they change: appending to an array with spare
/// capacity, setting an element or a dictionary entry never copies the collection (a copy per
/// change would make a loop of appends quadratic). Checked by the buffer's address, not by time.
final class InPlaceMutationTests: XCTestCase {
    private let interpreter = Interpreter(bindings: Bindings(), globals: GlobalTable(), cancellation: CancellationFlag()) { _ in }

    private func arrayWithSpareCapacity() -> Value {
        var items: [Value] = [.int(0)]
        items.reserveCapacity(64)
        return .array(items)
    }

    /// A dictionary value that nothing else refers to.
    private func dictionary(_ entries: [(key: Value, value: Value)]) -> Value {
        var dictionary = ValueDictionary()
        for entry in entries { dictionary.set(entry.key, entry.value) }
        return .dictionary(dictionary)
    }

    private func append(_ number: Int, to receiver: inout Value) throws -> Value? {
        let arguments = Interpreter.CallArguments(values: [.int(number)], labels: [nil], trailing: [false])
        return try StandardMethods.mutate(&receiver, "append", arguments, .unknown, interpreter)
    }

    private func buffer(of value: Value) -> UnsafeRawPointer? {
        switch value {
        case .array(let items): return items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .dictionary(let dictionary): return dictionary.entries.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        default: return nil
        }
    }

    /// The buffer of the array stored under `key`; no reference to it outlives the call.
    private func entryBuffer(of container: Value, _ key: Value) -> UnsafeRawPointer? {
        guard case .dictionary(let dictionary) = container, let entry = dictionary[key] else { return nil }
        return buffer(of: entry)
    }

    func testAppendKeepsTheArrayBuffer() throws {
        var receiver = arrayWithSpareCapacity()
        let before = buffer(of: receiver)
        for number in 1..<32 { _ = try append(number, to: &receiver) }
        XCTAssertEqual(buffer(of: receiver), before)
        guard case .array(let items) = receiver else { return XCTFail("not an array: \(receiver)") }
        XCTAssertEqual(items.count, 32)
    }

    func testElementChangeKeepsTheArrayBuffer() throws {
        var container = arrayWithSpareCapacity()
        let before = buffer(of: container)
        _ = try interpreter.modifyElement(&container, .int(0), .unknown) { $0 = .int(5); return true }
        _ = try interpreter.modifyElement(&container, [.int(0)], [nil], .unknown) { $0 = .int(6); return true }
        XCTAssertEqual(buffer(of: container), before)
        XCTAssertEqual(container.description, "[6]")
    }

    func testDictionaryEntryChangeKeepsTheDictionaryBuffer() throws {
        var container = dictionary([(.int(1), .int(0)), (.int(2), .int(0))])
        let before = buffer(of: container)
        for _ in 0..<3 {
            _ = try interpreter.modifyElement(&container, .int(1), default: .int(0), .unknown) { value in
                if case .int(let count) = value { value = .int(count + 1) }
                return true
            }
        }
        XCTAssertEqual(buffer(of: container), before)
        XCTAssertEqual(container.description, "[1: 3, 2: 0]")
    }

    func testArrayInADictionaryChangesInPlace() throws {
        var container = dictionary([(.string("a"), arrayWithSpareCapacity())])
        let innerBuffer = entryBuffer(of: container, .string("a"))
        XCTAssertNotNil(innerBuffer)
        for number in 1..<8 {
            _ = try interpreter.modifyElement(&container, .string("a"), default: .array([]), .unknown) { element in
                try self.append(number, to: &element) != nil
            }
        }
        XCTAssertEqual(entryBuffer(of: container, .string("a")), innerBuffer)
        XCTAssertEqual(container.description, "[\"a\": [0, 1, 2, 3, 4, 5, 6, 7]]")
    }

    func testDictionaryEntrySetToNilIsRemoved() throws {
        var container = dictionary([(.int(1), .int(10)), (.int(2), .int(20))])
        _ = try interpreter.modifyElement(&container, .int(1), .unknown) { $0 = .none; return true }
        _ = try interpreter.modifyElement(&container, .int(3), .unknown) { $0 = .none; return true }
        XCTAssertEqual(container.description, "[2: 20]")
    }

    /// A global holding a collection is emptied while it changes, so the change does not copy it.
    func testEveryCollectionIsEmptiedFromAGlobalWhileItChanges() {
        let collections: [Value] = [.array([]), .dictionary(ValueDictionary()), .set(ValueSet()), .string(""), .tuple([], labels: [])]
        for collection in collections { XCTAssertTrue(collection.isCopiedOnWrite, collection.typeName) }
    }

    /// A struct's initialiser, a mutating method, `inout` and `reduce(into:)` read the frame their
    /// call kept after the call; it must still be alive then (release builds free it otherwise).
    func testValuesReadFromAKeptFrame() {
        var printed = ""
        let session = Session(bindings: Bindings()) { printed += $0 }
        let source = """
            struct Stack { var items: [Int] = []
                mutating func push(_ x: Int) { items.append(x) } }
            var stack = Stack()
            for i in 0..<50 { stack.push(i) }
            func add(_ xs: inout [Int], _ v: Int) { xs.append(v) }
            var xs: [Int] = []
            for i in 0..<50 { add(&xs, i) }
            let total = xs.reduce(into: 0) { $0 += $1 }
            print(stack.items.count, xs.count, total)
            """
        XCTAssertNoThrow(try session.run(CellSource(source, file: "nb.md")))
        XCTAssertEqual(printed, "50 50 1225\n")
    }
}
