import XCTest
@testable import Graphics

final class GraphicsPlaceholderTests: XCTestCase {
    func testModuleLinks() {}
}
