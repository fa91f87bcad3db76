import Foundation
import Logging
import NIOCore

/// What every connection of one server shares.
final class ServerState: @unchecked Sendable {
    // @unchecked: the mutable maps below are only touched under `lock`; the rest is immutable or
    // thread-safe itself.
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
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: any Channel] = [:]
    private var perAddress: [String: Int] = [:]
    private var accepted: UInt64 = 0
    /// Push bytes written to connections whose clients are not reading (the push backlog).
    private var unreadPushBytes = 0

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
        lock.lock()
        defer { lock.unlock() }
        guard connections.count < configuration.maximumConnections else { return .failure(.full) }
        guard perAddress[address, default: 0] < configuration.maximumPerAddress else { return .failure(.addressFull) }
        connections[ObjectIdentifier(channel)] = channel
        perAddress[address, default: 0] += 1
        accepted += 1
        metrics.connectionsOpen(connections.count)
        return .success(accepted)
    }

    func remove(_ channel: any Channel, session: ConnectionSession?) {
        let address = Self.address(of: channel)
        lock.lock()
        if connections.removeValue(forKey: ObjectIdentifier(channel)) != nil {
            perAddress[address, default: 1] -= 1
            if perAddress[address] == 0 { perAddress[address] = nil }
        }
        metrics.connectionsOpen(connections.count)
        lock.unlock()
        if let session {
            registry.unregister(session)
            unreadPushesChanged(by: -session.dropUnreadPushes())
        }
    }

    /// A connection's unread push backlog grew or shrank by `delta` bytes.
    func unreadPushesChanged(by delta: Int) {
        guard delta != 0 else { return }
        let total = lock.withLock {
            unreadPushBytes += delta
            return unreadPushBytes
        }
        metrics.unreadPushes(total)
    }

    var openConnections: [any Channel] {
        lock.lock()
        defer { lock.unlock() }
        return Array(connections.values)
    }

    /// The remote IP address, without the port: limits are per machine, not per socket.
    static func address(of channel: any Channel) -> String {
        channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
