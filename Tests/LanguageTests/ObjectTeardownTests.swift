import XCTest
@testable import Language

/// Long chains of script objects are freed without recursing once per link (which overflowed the
/// stack at about 30,000 nodes in a debug build).
final class ObjectTeardownTests: XCTestCase {
    func testAListOfTwoHundredThousandNodesIsFreed() throws {
        var printed = ""
        let session = Session { printed += $0 }
        _ = try session.run(CellSource("""
            final class Node { var next: Node?; var children: [Node] = []; init(_ next: Node?) { self.next = next } }
            var head: Node? = nil
            for _ in 0..<200_000 { head = Node(head) }
            var tree = Node(nil)
            for _ in 0..<50_000 { let parent = Node(nil); parent.children = [tree]; tree = parent }
            head = nil
            tree = Node(nil)
            print("freed")
            """, file: "nb.md"))
        XCTAssertEqual(printed, "freed\n")
    }
}
