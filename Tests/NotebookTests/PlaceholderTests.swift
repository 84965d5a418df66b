import XCTest
@testable import Notebook

final class NotebookPlaceholderTests: XCTestCase {
    func testModuleLinks() {}
}
