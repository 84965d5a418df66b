import XCTest
@testable import Learning

final class LearningPlaceholderTests: XCTestCase {
    func testModuleLinks() {}
}
