import Foundation

/// One lock per user, so one user's turns run one at a time whichever connections carry them,
/// while different users run in parallel.
final class UserLocks: @unchecked Sendable {
    private let lock = NSLock()
    private var locks: [String: NSLock] = [:]

    func withLock<T>(_ user: String, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        let userLock = locks[user] ?? NSLock()
        locks[user] = userLock
        lock.unlock()
        userLock.lock()
        defer { userLock.unlock() }
        return try body()
    }
}
