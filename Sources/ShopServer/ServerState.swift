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
    /// The threads turns run on (`configuration.workers` of them).
    private let lanes: [WorkerLane]
    private let lock = NSLock()
    private var connections: [ObjectIdentifier: any Channel] = [:]
    private var nextLane = 0

    init(configuration: ServerConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.limiter = RateLimiter(rate: configuration.turnsPerSecond, burst: configuration.burst)
        self.lanes = (0..<configuration.workers).map { WorkerLane(name: "shopchat.turns.\($0)") }
    }

    /// The lane a new connection's turns run on, in order: the lanes in turn.
    func laneForConnection() -> WorkerLane {
        lock.lock()
        defer { lock.unlock() }
        nextLane = (nextLane + 1) % lanes.count
        return lanes[nextLane]
    }

    /// Ends the lanes' threads once their work is done.
    func finishLanes() {
        for lane in lanes { lane.finish() }
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
