import Foundation
import Logging
import NIOCore
import Synchronization

/// What every connection of one server shares.
final class ServerState: Sendable {
    let configuration: ServerConfiguration
    let logger: Logger
    let registry = PushRegistry()
    let userLocks = UserLocks()
    let limiter: RateLimiter
    let metrics = ServerMetrics()
    /// Turns being handled; shutdown waits for it to empty.
    let inFlight = DispatchGroup()
    /// Mixed into every connection's random seed: two processes started with the same `--seed`
    /// must not draw the same share codes (PROTOCOL.md §9).
    let processSalt = UInt64.random(in: .min ... .max)
    private struct Books {
        var connections: [ObjectIdentifier: any Channel] = [:]
        var perAddress: [String: Int] = [:]
        var accepted: UInt64 = 0
        /// Push bytes written to connections whose clients are not reading (the push backlog).
        var unreadPushBytes = 0
    }

    private let books = Mutex(Books())

    init(configuration: ServerConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.limiter = RateLimiter(rate: configuration.turnsPerSecond, burst: configuration.burst)
    }

    /// Why a connection was not admitted.
    enum Refusal: Error {
        case full, addressFull
    }

    /// Admits a connection unless the server or its remote address is at its limit; returns the
    /// connection's number (a salt for its seed).
    func admit(_ channel: any Channel) -> Result<UInt64, Refusal> {
        let address = Self.address(of: channel)
        return books.withLock { books in
            guard books.connections.count < configuration.maximumConnections else { return .failure(.full) }
            guard books.perAddress[address, default: 0] < configuration.maximumPerAddress else { return .failure(.addressFull) }
            books.connections[ObjectIdentifier(channel)] = channel
            books.perAddress[address, default: 0] += 1
            books.accepted += 1
            metrics.connectionsOpen(books.connections.count)
            return .success(books.accepted)
        }
    }

    func remove(_ channel: any Channel, session: ConnectionSession?) {
        let address = Self.address(of: channel)
        books.withLock { books in
            if books.connections.removeValue(forKey: ObjectIdentifier(channel)) != nil {
                books.perAddress[address, default: 1] -= 1
                if books.perAddress[address] == 0 { books.perAddress[address] = nil }
            }
            metrics.connectionsOpen(books.connections.count)
        }
        if let session {
            registry.unregister(session)
            unreadPushesChanged(by: -session.dropUnreadPushes())
        }
    }

    /// A connection's unread push backlog grew or shrank by `delta` bytes.
    func unreadPushesChanged(by delta: Int) {
        guard delta != 0 else { return }
        let total = books.withLock { books in
            books.unreadPushBytes += delta
            return books.unreadPushBytes
        }
        metrics.unreadPushes(total)
    }

    var openConnections: [any Channel] {
        books.withLock { Array($0.connections.values) }
    }

    /// The remote IP address, without the port: limits are per machine, not per socket.
    static func address(of channel: any Channel) -> String {
        channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
