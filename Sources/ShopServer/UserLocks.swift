import Synchronization

/// One turn per user at a time, whichever connections carry them, while different users run in
/// parallel. A turn that finds its user busy is queued, not waited for: no thread (least of all
/// an event loop) ever blocks here. `release` hands the user to the next queued turn.
final class UserLocks: Sendable {
    /// Users with a turn in flight, and the turns queued behind it, oldest first.
    private let waiting = Mutex<[String: [@Sendable () -> Void]]>([:])

    /// Marks `user` busy and returns true if it was free: the caller runs its turn now. Else
    /// queues `later`, to be called by the release of the turn before it (on that turn's thread:
    /// `later` must hop to where the turn belongs), and returns false. The turn must call
    /// ``release(_:)`` when it is done.
    func acquire(_ user: String, orQueue later: @escaping @Sendable () -> Void) -> Bool {
        waiting.withLock { waiting in
            if waiting[user] != nil {
                waiting[user]!.append(later)
                return false
            }
            waiting[user] = []
            return true
        }
    }

    func release(_ user: String) {
        // The next turn runs after the lock is let go: it may acquire other users' locks.
        let next: (@Sendable () -> Void)? = waiting.withLock { waiting in
            guard var queue = waiting[user], !queue.isEmpty else {
                waiting[user] = nil
                return nil
            }
            let next = queue.removeFirst()
            waiting[user] = queue
            return next
        }
        next?()
    }

    /// Users with a turn in flight (for tests: nothing is left held).
    var busyUsers: Int { waiting.withLock { $0.count } }
}
