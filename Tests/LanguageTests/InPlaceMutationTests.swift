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

    private func buffer(of value: Value) -> UnsafeRawPointer? {
        switch value {
        case .array(let items): return items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .dictionary(let dictionary): return dictionary.entries.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        default: return nil
        }
    }

    func testAppendKeepsTheArrayBuffer() throws {
        var receiver = arrayWithSpareCapacity()
        let before = buffer(of: receiver)
        for number in 1..<32 {
            let arguments = Interpreter.CallArguments(values: [.int(number)], labels: [nil], trailing: [false])
            _ = try StandardMethods.mutate(&receiver, "append", arguments, .unknown, interpreter)
        }
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
        var dictionary = ValueDictionary()
        dictionary.set(.int(1), .int(0))
        dictionary.set(.int(2), .int(0))
        var container = Value.dictionary(dictionary)
        dictionary = ValueDictionary()
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
}
