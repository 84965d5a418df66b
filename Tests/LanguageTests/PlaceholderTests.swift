import XCTest
@testable import Language

final class LanguagePlaceholderTests: XCTestCase {
    func testModuleLinks() {}
}
