import Foundation

/// One turn per user at a time, whichever connections carry them, while different users run in
/// parallel. Taken before a turn and given back when its reply comes, which may be on another
/// thread (the store's), so these are flags under one condition rather than mutexes.
final class UserLocks: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var busy: Set<String> = []

    /// Waits while another turn of `user` is in flight, then marks one.
    func acquire(_ user: String) {
        condition.lock()
        while busy.contains(user) { condition.wait() }
        busy.insert(user)
        condition.unlock()
    }

    func release(_ user: String) {
        condition.lock()
        busy.remove(user)
        condition.broadcast()
        condition.unlock()
    }
}
