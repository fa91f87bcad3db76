import Foundation
import Logging
import MCP

/// Stdio that hands the server one request at a time: the next message is read only once every
/// request before it has been answered. The SDK runs each request in a task of its own, so
/// without this, lines written at once (`printf '…' | shopchat mcp`) could run out of order, an
/// `update_cart` after the `checkout` written below it. A shopper's turns happen in order, as
/// in chat. It also lets the server, once stdin ends, finish answering before it exits.
actor InOrderTransport: Transport {
    nonisolated let logger: Logger
    private let stdio: StdioTransport
    /// The ids of the requests read and not yet answered.
    private var unanswered: Set<String> = []
    /// Whoever waits for the answers to catch up with the requests.
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(logger: Logger) {
        self.logger = logger
        stdio = StdioTransport(logger: logger)
    }

    func connect() async throws { try await stdio.connect() }

    func disconnect() async {
        await stdio.disconnect()
        answeredAll()
    }

    func send(_ data: Data) async throws {
        defer {
            unanswered.subtract(Self.ids(in: data, requests: false))
            if unanswered.isEmpty { answeredAll() }
        }
        try await stdio.send(data)
    }

    func receive() -> AsyncThrowingStream<Data, any Error> {
        let stdio = stdio
        return AsyncThrowingStream { continuation in
            let forwarding = Task {
                do {
                    for try await data in await stdio.receive() {
                        self.unanswered.formUnion(Self.ids(in: data, requests: true))
                        continuation.yield(data)
                        await self.untilAnswered()
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in forwarding.cancel() }
        }
    }

    /// Returns once every request read so far has been answered, or after a minute: a request
    /// the SDK answers under another id (it makes one up for what it can't read) must not stop
    /// the server.
    func untilAnswered() async {
        guard !unanswered.isEmpty else { return }
        let patience = Task {
            try await Task.sleep(for: .seconds(60))
            self.unanswered.removeAll()
            self.answeredAll()
        }
        await withCheckedContinuation { waiting.append($0) }
        patience.cancel()
    }

    private func answeredAll() {
        for waiter in waiting { waiter.resume() }
        waiting.removeAll()
    }

    /// The ids of the requests (or of the responses) in `data`, one message or a batch; a
    /// string id and a number id stay apart.
    private static func ids(in data: Data, requests: Bool) -> [String] {
        let messages: [[String: Any]] =
            switch try? JSONSerialization.jsonObject(with: data) {
            case let message as [String: Any]: [message]
            case let batch as [[String: Any]]: batch
            default: []
            }
        return messages.compactMap { message in
            guard (message["method"] != nil) == requests else { return nil }
            switch message["id"] {
            case let id as String: return "s" + id
            case let id as NSNumber: return Int(exactly: id.doubleValue).map { "n\($0)" }
            default: return nil
            }
        }
    }
}
