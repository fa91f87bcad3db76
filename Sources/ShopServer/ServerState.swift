import Foundation
import Logging
import NIOCore

/// What every connection of one server shares.
final class ServerState: @unchecked Sendable {
    let configuration: ServerConfiguration
    let logger: Logger
    let registry = PushRegistry()
    let userLocks = UserLocks()
    let limiter: RateLimiter
    /// Turns being handled; shutdown waits for it to empty.
    let inFlight = DispatchGroup()
    /// The serial queues turns run on (`configuration.workers` of them).
    private let lanes: [DispatchQueue]
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: any Channel] = [:]
    private var nextLane = 0

    init(configuration: ServerConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.limiter = RateLimiter(rate: configuration.turnsPerSecond, burst: configuration.burst)
        self.lanes = (0..<configuration.workers).map { DispatchQueue(label: "shopchat.turns.\($0)") }
    }

    /// A serial queue for a new connection's turns: the lanes in turn.
    func queueForConnection() -> DispatchQueue {
        lock.lock()
        defer { lock.unlock() }
        nextLane = (nextLane + 1) % lanes.count
        return DispatchQueue(label: "shopchat.connection", target: lanes[nextLane])
    }

    /// Admits a connection unless the limit is reached.
    func admit(_ channel: any Channel) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard connections.count < configuration.maximumConnections else { return false }
        connections[ObjectIdentifier(channel)] = channel
        return true
    }

    func remove(_ channel: any Channel) {
        lock.lock()
        connections[ObjectIdentifier(channel)] = nil
        lock.unlock()
        registry.unregister(channel)
    }

    var openConnections: [any Channel] {
        lock.lock()
        defer { lock.unlock() }
        return Array(connections.values)
    }
}
