import FlyingFox
import FlyingSocks
import Foundation

/// The server-sent-events channel of `notebook preview`: every open page subscribes, and the
/// preview sends `status` events while a run is in progress ("running keras-train (3/12)"),
/// `training` events while that cell trains (fraction done, then "epoch 2/5, batch 480/1313, …")
/// and a `reload` event when the article has been written again.
public actor ReloadChannel {
    private var clients: [UUID: AsyncStream<Data>.Continuation] = [:]
    /// The last `status` or `training` event, which a page opened during the run starts with.
    private var lastStatus: (event: String, data: String)?

    public init() {}

    /// A new subscriber's event stream; it starts with the current status, if any.
    public func subscribe() -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(Data("retry: 500\n\n".utf8))
        if let lastStatus { continuation.yield(Self.event(lastStatus.event, lastStatus.data)) }
        return stream
    }

    /// Sends `event` with `data` (one line) to every open page.
    public func send(_ event: String, _ data: String) {
        if event == "status" || event == "training" { lastStatus = data.isEmpty ? nil : (event, data) }
        let bytes = Self.event(event, data)
        for client in clients.values { client.yield(bytes) }
    }

    /// Ends every stream (the preview is stopping).
    public func close() {
        for client in clients.values { client.finish() }
        clients = [:]
    }

    public var subscriberCount: Int { clients.count }

    private func remove(_ id: UUID) {
        clients[id] = nil
    }

    static func event(_ name: String, _ data: String) -> Data {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        return Data(("event: \(name)\n" + lines.joined(separator: "\n") + "\n\n").utf8)
    }
}

/// An event stream as the bytes of an HTTP body, sent as each event arrives.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await nextBuffer(suggested: 4096) ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            while let event = await events.next() {
                if !event.isEmpty { return [UInt8](event) }
            }
            return nil
        }
    }
}
