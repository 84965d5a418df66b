import XCTest
@testable import Report

final class ReportPlaceholderTests: XCTestCase {
    func testModuleLinks() {}
}
