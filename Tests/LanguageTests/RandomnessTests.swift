import XCTest
@testable import Language

/// The standard random API draws from the session's source of bits (in a notebook, the running
/// cell's seeded generator). Its numbers cannot match swiftc's (another generator), so these
/// tests check what must hold instead: the same seed gives the same output, another seed other
/// output, every draw stays in its range, and the draws are spread as uniform draws are.
final class RandomnessTests: XCTestCase {
    /// Runs `source` in a fresh session whose bits come from a SplitMix64 stream seeded `seed`.
    private func run(_ source: String, seed: UInt64) throws -> String {
        var printed = ""
        let session = Session { printed += $0 }
        var state = seed
        session.randomBits = { ScriptRandom.splitMix64(&state) }
        _ = try session.run(CellSource(source, file: "random.md"))
        return printed
    }

    private let draws = """
        print(Int.random(in: 1...6), Int.random(in: -5..<5), Double.random(in: 0..<1), Bool.random())
        print(Float.random(in: 0..<10), Double.random(in: 2.5...3.5))
        print([1, 2, 3, 4, 5, 6, 7, 8].shuffled(), [10, 20, 30].randomElement()!)
        var deck = Array(1...10)
        deck.shuffle()
        print(deck)
        """

    func testTheSameSeedPrintsTheSameDraws() throws {
        XCTAssertEqual(try run(draws, seed: 42), try run(draws, seed: 42))
    }

    func testAnotherSeedPrintsOtherDraws() throws {
        XCTAssertNotEqual(try run(draws, seed: 42), try run(draws, seed: 43))
    }

    func testWithoutAHostSourceEverySessionDrawsTheSameNumbers() throws {
        func draw() throws -> String {
            var printed = ""
            _ = try Session { printed += $0 }.run(CellSource(draws, file: "random.md"))
            return printed
        }
        XCTAssertEqual(try draw(), try draw())
    }

    func testDrawsStayInTheirRanges() throws {
        let source = """
            var ok = true
            for _ in 0..<2000 {
                let die = Int.random(in: 1...6)
                let offset = Int.random(in: -3..<3)
                let unit = Double.random(in: 0..<1)
                let closed = Double.random(in: 2.0...2.5)
                let small = Float.random(in: 0..<0.5)
                ok = ok && die >= 1 && die <= 6 && offset >= -3 && offset < 3 && unit >= 0 && unit < 1
                    && closed >= 2 && closed <= 2.5 && small >= 0 && small < 0.5
            }
            print(ok, Int.random(in: 7...7), [Int]().randomElement() == nil)
            """
        XCTAssertEqual(try run(source, seed: 7), "true 7 true\n")
    }

    func testDrawsAreSpreadUniformly() throws {
        // 60,000 rolls of a die: each face within 5% of 10,000 (about 5 standard deviations).
        let source = """
            var counts = [0, 0, 0, 0, 0, 0]
            for _ in 0..<60000 {
                counts[Int.random(in: 0..<6)] += 1
            }
            print(counts.allSatisfy { $0 > 9500 && $0 < 10500 })
            var heads = 0
            var sum = 0.0
            for _ in 0..<20000 {
                if Bool.random() { heads += 1 }
                sum += Double.random(in: 0..<1)
            }
            print(heads > 9600 && heads < 10400, abs(sum / 20000 - 0.5) < 0.01)
            var firstPlace = [0, 0, 0, 0]
            for _ in 0..<8000 {
                firstPlace[[0, 1, 2, 3].shuffled()[0]] += 1
            }
            print(firstPlace.allSatisfy { $0 > 1800 && $0 < 2200 })
            """
        XCTAssertEqual(try run(source, seed: 2026), "true\ntrue true\ntrue\n")
    }

    func testShufflingKeepsEveryElement() throws {
        let source = """
            let shuffled = Array(0..<50).shuffled()
            print(shuffled.sorted() == Array(0..<50), shuffled != Array(0..<50))
            """
        XCTAssertEqual(try run(source, seed: 1), "true true\n")
    }

    func testAnEmptyRangeIsALocatedError() {
        XCTAssertThrowsError(try run("let n = 3\nlet x = Int.random(in: n..<n)", seed: 1)) { error in
            XCTAssertTrue(String(describing: error).contains("empty range"), String(describing: error))
            XCTAssertTrue(String(describing: error).contains(":2:"), String(describing: error))
        }
    }
}
