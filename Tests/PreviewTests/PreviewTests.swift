import Foundation
import Builtins
import Notebook
@testable import Preview
import XCTest

/// `notebook preview` end to end: a real server on a free loopback port, a real notebook run,
/// an edit on disk, and the reload event seen by a client within seconds.
final class PreviewTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func notebook(sentence: String) -> String {
        "---\ntitle: Live\n---\n\n\(sentence)\n\n```swift\n//| label: sum\nprint(1 + 2)\n```\n"
    }

    /// Starts server and session on a free port; returns the port.
    private func start(_ server: PreviewServer, _ session: PreviewSession) async throws -> UInt16 {
        Task { try await server.run() }
        let port = try await server.waitUntilListening()
        Thread { session.watch() }.start()
        return port
    }

    func testAnEditReachesTheOpenPageThroughTheReloadChannel() async throws {
        let file = folder.appendingPathComponent("live.md")
        try notebook(sentence: "The first sentence.").write(to: file, atomically: true, encoding: .utf8)
        var options = RunOptions(file: file.path)
        options.outputDirectory = folder.appendingPathComponent("output").path
        let channel = ReloadChannel()
        let server = try PreviewServer(port: 0, root: URL(fileURLWithPath: options.outputDirectory), page: "live.html", channel: channel)
        let session = PreviewSession(options: options, channel: channel, console: SilentProgress())
        let port = try await start(server, session)
        defer { session.stop() }
        let base = "http://127.0.0.1:\(port)"

        try await eventually("the first run wrote the page") { try self.fetch("\(base)/live.html").contains("The first sentence.") }
        let page = try fetch("\(base)/")
        XCTAssertTrue(page.contains("new EventSource(\"/__preview/events\")"), "the page carries the reload script")
        XCTAssertTrue(page.contains("<span class=\"token") || page.contains("print"), "the cell is on the page")

        let events = try EventClient(url: "\(base)/__preview/events")
        defer { events.stop() }
        try await eventually("the client subscribed") { await channel.subscriberCount == 1 }

        let edited = Date()
        try notebook(sentence: "A sentence written while the preview ran.").write(to: file, atomically: true, encoding: .utf8)
        try await eventually("a reload event", timeout: 10) { events.received.contains("event: reload") }
        XCTAssertLessThan(Date().timeIntervalSince(edited), 10)
        XCTAssertTrue(events.received.contains("event: status\ndata: running"), "the page is told what runs:\n\(events.received)")
        XCTAssertTrue(try fetch("\(base)/live.html").contains("A sentence written while the preview ran."))
        await server.stop()
    }

    func testTheBannerIsToldHowFarARunningCellTrains() async throws {
        let file = folder.appendingPathComponent("train.md")
        try """
        ---
        title: Training
        ---

        ```swift
        //| label: train
        for epoch in 1...2 {
            for batch in 1...3 { reportProgress(epoch: epoch, epochs: 2, batch: batch, batches: 3, loss: 0.5) }
        }
        ```
        """.write(to: file, atomically: true, encoding: .utf8)
        var options = RunOptions(file: file.path)
        options.outputDirectory = folder.appendingPathComponent("output").path
        options.useCache = false
        let channel = ReloadChannel()
        let server = try PreviewServer(port: 0, root: URL(fileURLWithPath: options.outputDirectory), page: "train.html", channel: channel)
        Task { try await server.run() }
        let port = try await server.waitUntilListening()
        let events = try EventClient(url: "http://127.0.0.1:\(port)/__preview/events")
        defer { events.stop() }
        try await eventually("the client subscribed") { await channel.subscriberCount == 1 }
        let session = PreviewSession(options: options, channel: channel, console: SilentProgress())
        session.runOnce()

        try await eventually("the run's reload event") { events.received.contains("event: reload") }
        let received = events.received
        for fraction in ["0.5000", "1.0000"] {
            let epoch = fraction == "0.5000" ? 1 : 2
            XCTAssertTrue(received.contains("event: training\ndata: \(fraction)\ndata: running train (1/1): epoch \(epoch)/2, batch 3/3, loss 0.5"),
                          "the end of epoch \(epoch) reaches the page:\n\(received)")
        }
        let order = ["event: status\ndata: running train (1/1)", "event: training", "event: status\ndata: \n", "event: reload"]
        let places = order.compactMap { received.range(of: $0)?.lowerBound }
        XCTAssertEqual(places.count, order.count, received)
        XCTAssertEqual(places, places.sorted(), "the events arrive in the order they were sent:\n\(received)")
        XCTAssertTrue(LiveReloadScript.html.contains("addEventListener(\"training\""))
        await server.stop()
    }

    func testAPortInUseIsAClearError() async throws {
        let channel = ReloadChannel()
        let first = try PreviewServer(port: 0, root: folder, page: "x.html", channel: channel)
        Task { try await first.run() }
        let port = try await first.waitUntilListening()
        let second = try PreviewServer(port: port, root: folder, page: "x.html", channel: channel)
        do {
            try await second.run()
            XCTFail("a second server on port \(port) started")
        } catch let error as PreviewError {
            XCTAssertEqual(error.description, "error: port \(port) on 127.0.0.1 is in use (another preview?); choose another with --port N")
        }
        await first.stop()
    }

    func testFilesOutsideTheOutputFolderAreNotServed() async throws {
        try "secret".write(to: folder.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        let server = try PreviewServer(port: 0, root: folder, page: "x.html", channel: ReloadChannel())
        Task { try await server.run() }
        let port = try await server.waitUntilListening()
        XCTAssertFalse(try fetch("http://127.0.0.1:\(port)/.hidden").contains("secret"))
        XCTAssertFalse(try fetch("http://127.0.0.1:\(port)/../etc/passwd").contains("root:"))
        await server.stop()
    }

    // MARK: Helpers

    private func fetch(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-sSL", "--path-as-is", "--max-time", "5", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func eventually(_ what: String, timeout: Double = 20, _ condition: () async throws -> Bool) async throws {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if try await condition() { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        XCTFail("timed out waiting for \(what)")
    }
}

/// A server-sent-events client (curl without buffering) that keeps what it received.
private final class EventClient: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var text = ""

    init(url: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-sN", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.text += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var received: String { lock.withLock { text } }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
