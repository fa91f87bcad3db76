import Foundation

/// Which connections speak for which users, so events reach every connection of their user.
/// Names are the normalised ones (``Conversation/normalizedUser(_:)``), as the store keeps them.
final class PushRegistry: @unchecked Sendable {
    // @unchecked: both maps are only touched under `lock`.
    private let lock = NSLock()
    private var sessions: [String: [ObjectIdentifier: ConnectionSession]] = [:]
    /// The users each connection is registered for, in the order they came, so leaving costs its
    /// own names only and a long-lived gateway connection keeps only its most recent ones.
    private var users: [ObjectIdentifier: (names: Set<String>, order: [String])] = [:]
    /// Users one connection is kept registered for; past it the oldest quarter is forgotten (a
    /// gateway relaying millions of users must not grow the server without end).
    static let usersPerConnection = 4_096

    func register(_ session: ConnectionSession, for user: String) {
        let key = ObjectIdentifier(session)
        lock.lock()
        defer { lock.unlock() }
        guard users[key]?.names.contains(user) != true else { return }
        sessions[user, default: [:]][key] = session
        users[key, default: ([], [])].names.insert(user)
        users[key]!.order.append(user)
        if users[key]!.order.count > Self.usersPerConnection {
            let dropped = users[key]!.order.prefix(Self.usersPerConnection / 4)
            users[key]!.order.removeFirst(dropped.count)
            for name in dropped {
                users[key]!.names.remove(name)
                sessions[name]?[key] = nil
                if sessions[name]?.isEmpty == true { sessions[name] = nil }
            }
        }
    }

    func unregister(_ session: ConnectionSession) {
        let key = ObjectIdentifier(session)
        lock.lock()
        for user in users.removeValue(forKey: key)?.names ?? [] {
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
