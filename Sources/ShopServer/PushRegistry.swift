import Synchronization

/// Which connections speak for which users, so events reach every connection of their user.
/// Names are the normalised ones (``Conversation/normalizedUser(_:)``), as the store keeps them.
final class PushRegistry: Sendable {
    private struct Books {
        var sessions: [String: [ObjectIdentifier: ConnectionSession]] = [:]
        /// The users each connection is registered for, in the order they came, so leaving costs
        /// its own names only and a long-lived gateway connection keeps only its most recent ones.
        var users: [ObjectIdentifier: (names: Set<String>, order: [String])] = [:]

        mutating func forget(_ user: String, of key: ObjectIdentifier) {
            sessions[user]?[key] = nil
            if sessions[user]?.isEmpty == true { sessions[user] = nil }
        }
    }

    private let books = Mutex(Books())
    /// Users one connection is kept registered for; past it the oldest quarter is forgotten (a
    /// gateway relaying millions of users must not grow the server without end).
    static let usersPerConnection = 4_096

    func register(_ session: ConnectionSession, for user: String) {
        let key = ObjectIdentifier(session)
        books.withLock { books in
            guard books.users[key]?.names.contains(user) != true else { return }
            books.sessions[user, default: [:]][key] = session
            books.users[key, default: ([], [])].names.insert(user)
            books.users[key]!.order.append(user)
            guard books.users[key]!.order.count > Self.usersPerConnection else { return }
            let dropped = books.users[key]!.order.prefix(Self.usersPerConnection / 4)
            books.users[key]!.order.removeFirst(dropped.count)
            for name in dropped {
                books.users[key]!.names.remove(name)
                books.forget(name, of: key)
            }
        }
    }

    func unregister(_ session: ConnectionSession) {
        let key = ObjectIdentifier(session)
        books.withLock { books in
            for user in books.users.removeValue(forKey: key)?.names ?? [] { books.forget(user, of: key) }
        }
    }

    func sessions(of user: String) -> [ConnectionSession] {
        books.withLock { books in books.sessions[user].map { Array($0.values) } ?? [] }
    }

    /// How many users have a connection to push to (bounded by the connections' own names).
    var userCount: Int { books.withLock { $0.sessions.count } }
}
