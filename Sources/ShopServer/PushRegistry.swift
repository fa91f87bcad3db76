import Foundation
import NIOCore

/// Which connections speak for which users, so events reach every connection of their user.
final class PushRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var channels: [String: [ObjectIdentifier: any Channel]] = [:]

    func register(_ channel: any Channel, for user: String) {
        lock.lock()
        channels[user, default: [:]][ObjectIdentifier(channel)] = channel
        lock.unlock()
    }

    func unregister(_ channel: any Channel) {
        lock.lock()
        for user in channels.keys {
            channels[user]?[ObjectIdentifier(channel)] = nil
            if channels[user]?.isEmpty == true { channels[user] = nil }
        }
        lock.unlock()
    }

    func channels(of user: String) -> [any Channel] {
        lock.lock()
        defer { lock.unlock() }
        return channels[user].map { Array($0.values) } ?? []
    }
}
