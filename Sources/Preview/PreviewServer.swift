import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `notebook preview`: serves the output folder on 127.0.0.1 (FlyingFox), adds
/// the live-reload script to every HTML page, and streams the `ReloadChannel` at
/// `/__preview/events`. `/` goes to the notebook's page.
public final class PreviewServer: Sendable {
    public let requestedPort: UInt16
    let server: HTTPServer
    let channel: ReloadChannel

    /// - Parameters:
    ///   - port: the port on 127.0.0.1; 0 picks a free one (tests).
    ///   - root: the output folder.
    ///   - page: the notebook's page within it, e.g. `article.html`.
    public init(port: UInt16, root: URL, page: String, channel: ReloadChannel) throws {
        requestedPort = port
        self.channel = channel
        let handler = PreviewHandler(files: StaticFiles(root: root), page: page, channel: channel)
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled,
                            handler: handler)
    }

    /// Serves until `stop()`; throws `PreviewError.portInUse` when the port is taken.
    public func run() async throws {
        do {
            try await server.run()
        } catch SocketError.failed(let type, let code, _) where code == EADDRINUSE {
            _ = type
            throw PreviewError.portInUse(requestedPort)
        }
    }

    /// Waits until the server accepts connections; returns its port.
    public func waitUntilListening() async throws -> UInt16 {
        try await server.waitUntilListening(timeout: 10)
        if case .ip4(_, let port)? = await server.listeningAddress { return port }
        return requestedPort
    }

    /// Closes the event streams and stops listening.
    public func stop() async {
        await channel.close()
        await server.stop(timeout: 1)
    }
}

/// Why the preview could not start, said the way the terminal shows it.
public enum PreviewError: Error, CustomStringConvertible {
    case portInUse(UInt16)

    public var description: String {
        switch self {
        case .portInUse(let port):
            return "error: port \(port) on 127.0.0.1 is in use (another preview?); choose another with --port N"
        }
    }
}

/// Routes a request: the event stream, `/` to the page, everything else to the output folder.
struct PreviewHandler: HTTPHandler {
    let files: StaticFiles
    let page: String
    let channel: ReloadChannel

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.path {
        case LiveReloadScript.eventsPath:
            let events = await channel.subscribe()
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                                body: HTTPBodySequence(from: EventBytes(events: events)))
        case "/", "":
            return HTTPResponse(statusCode: .temporaryRedirect, headers: [.location: "/\(page)"])
        default:
            return files.response(for: request.path)
        }
    }
}

/// Files of the output folder, HTML pages with the live-reload script added.
struct StaticFiles: Sendable {
    let root: URL

    func response(for path: String) -> HTTPResponse {
        let relative = path.removingPercentEncoding ?? path
        let parts = relative.split(separator: "/").map(String.init)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else {
            return HTTPResponse(statusCode: .notFound)
        }
        let url = parts.reduce(root) { $0.appendingPathComponent($1) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: Data("not found: \(relative)\n".utf8))
        }
        let type = Self.contentTypes[url.pathExtension.lowercased()] ?? "application/octet-stream"
        let body = url.pathExtension == "html" ? Data(LiveReloadScript.inject(into: String(decoding: data, as: UTF8.self)).utf8) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "png": "image/png",
        "svg": "image/svg+xml", "js": "text/javascript; charset=utf-8", "json": "application/json",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8",
    ]
}
