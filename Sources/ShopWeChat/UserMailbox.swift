import Dispatch
import ShopChat
import Synchronization

/// What the server keeps per shop user between messages, in memory: pushes from other users'
/// turns waiting for this user's next message (a passive reply can only answer the sender), a
/// reply that missed WeChat's 5-second window, the last numbered menu, and the user's OpenID
/// (for a customer-service hook). Bounded: a few items per user, a cap on users (the idlest go
/// first), so no sender can grow it without end.
final class UserMailbox: Sendable {
    struct Box {
        var pushes: [String] = []
        /// Pushes dropped because the box was full, told as a count.
        var droppedPushes = 0
        var lateReplies: [String] = []
        var menu: [String] = []
        var openID: String?
        var touched: UInt64 = 0
    }

    static let pushesPerUser = 20
    static let lateRepliesPerUser = 3
    private let users = Mutex([String: Box]())
    private let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    private func update<T>(_ user: String, _ change: (inout Box) -> T) -> T {
        let now = DispatchTime.now().uptimeNanoseconds
        return users.withLock { users in
            if users[user] == nil, users.count >= capacity {
                // The idlest tenth go: a cap on users, whatever floods the server.
                let idle = users.sorted { $0.value.touched < $1.value.touched }.prefix(max(1, capacity / 10))
                for (name, _) in idle { users[name] = nil }
            }
            var box = users[user] ?? Box()
            box.touched = now
            let result = change(&box)
            users[user] = box
            return result
        }
    }

    func remember(openID: String, of user: String) {
        update(user) { $0.openID = openID }
    }

    func openID(of user: String) -> String? {
        users.withLock { $0[user]?.openID }
    }

    /// Queues a push for `user`'s next message; past the bound the oldest make way.
    func push(_ text: String, to user: String) {
        update(user) { box in
            box.pushes.append(text)
            if box.pushes.count > Self.pushesPerUser {
                box.pushes.removeFirst()
                box.droppedPushes += 1
            }
        }
    }

    func deliverLate(_ text: String, to user: String) {
        update(user) { box in
            box.lateReplies.append(text)
            if box.lateReplies.count > Self.lateRepliesPerUser { box.lateReplies.removeFirst() }
        }
    }

    /// Everything waiting for `user`, emptied: it is being shown now.
    func takeWaiting(for user: String) -> (pushes: [String], dropped: Int, late: [String]) {
        update(user) { box in
            defer {
                box.pushes = []
                box.droppedPushes = 0
                box.lateReplies = []
            }
            return (box.pushes, box.droppedPushes, box.lateReplies)
        }
    }

    func menu(of user: String) -> [String] {
        users.withLock { $0[user]?.menu ?? [] }
    }

    func setMenu(_ menu: [String], for user: String) {
        update(user) { $0.menu = menu }
    }

    /// An unsubscribed user hears nothing more: their queued pushes and menu go.
    func forget(_ user: String) {
        _ = users.withLock { $0.removeValue(forKey: user) }
    }
}
