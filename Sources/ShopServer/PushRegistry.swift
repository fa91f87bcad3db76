import Foundation

/// Which connections speak for which users, so events reach every connection of their user.
/// Names are the normalised ones (``Conversation/normalizedUser(_:)``), as the store keeps them.
final class PushRegistry: @unchecked Sendable {
    // @unchecked: both maps are only touched under `lock`.
    private let lock = NSLock()
    private var sessions: [String: [ObjectIdentifier: ConnectionSession]] = [:]
    /// The users each connection is registered for, so leaving costs its own names only.
    private var users: [ObjectIdentifier: Set<String>] = [:]

    func register(_ session: ConnectionSession, for user: String) {
        let key = ObjectIdentifier(session)
        lock.lock()
        sessions[user, default: [:]][key] = session
        users[key, default: []].insert(user)
        lock.unlock()
    }

    func unregister(_ session: ConnectionSession) {
        let key = ObjectIdentifier(session)
        lock.lock()
        for user in users.removeValue(forKey: key) ?? [] {
            sessions[user]?[key] = nil
            if sessions[user]?.isEmpty == true { sessions[user] = nil }
        }
        lock.unlock()
    }

    func sessions(of user: String) -> [ConnectionSession] {
        lock.lock()
        defer { lock.unlock() }
        return sessions[user].map { Array($0.values) } ?? []
    }

    /// How many users have a connection to push to (bounded by the connections' own names).
    var userCount: Int { lock.withLock { sessions.count } }
}
