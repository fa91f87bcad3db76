import Foundation
import ShopChat

/// Threads of its own that run turns, each thread with its own ``Conversation`` (they are not
/// thread-safe) on the shared store and engine. `Conversation.handle` blocks (it waits for its
/// commit), so it must run neither on Swift's cooperative pool nor on an event loop.
///
/// One user's turns run one at a time and in order of arrival, whichever thread is free;
/// different users' turns run in parallel. A user with `perUserQueue` turns already waiting is
/// refused (``submit(user:_:)`` returns false) rather than queued without end.
final class TurnPool: @unchecked Sendable {
    // @unchecked: `ready`, `users` and `stopping` are only touched under `condition`.
    private let condition = NSCondition()
    /// Jobs whose user is free, for any thread.
    private var ready: [@Sendable (Conversation) -> Void] = []
    private var readyHead = 0
    /// Users with a turn running or ready, and the turns queued behind it, oldest first.
    private var users: [String: [@Sendable (Conversation) -> Void]] = [:]
    private var stopping = false
    private var running = 0
    private let perUserQueue: Int
    private var threads: [Thread] = []

    /// `makeConversation` runs once on each thread; `prepare` narrows its rights and reseeds it.
    init(threads count: Int, perUserQueue: Int = 16, makeConversation: @escaping @Sendable (Int) -> Conversation) {
        self.perUserQueue = perUserQueue
        for index in 0..<count {
            let thread = Thread { [self] in work(makeConversation(index)) }
            thread.name = "wechat-turns-\(index)"
            threads.append(thread)
            thread.start()
        }
    }

    /// Runs `job` for `user` after that user's earlier turns. False: too many wait already.
    func submit(user: String, _ job: @escaping @Sendable (Conversation) -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopping else { return false }
        if var queue = users[user] {
            guard queue.count < perUserQueue else { return false }
            queue.append(job)
            users[user] = queue
            return true
        }
        users[user] = []
        ready.append(wrap(user, job))
        condition.signal()
        return true
    }

    /// The job, then the user's next queued turn made ready (or the user freed).
    private func wrap(_ user: String, _ job: @escaping @Sendable (Conversation) -> Void) -> @Sendable (Conversation) -> Void {
        { [self] conversation in
            job(conversation)
            condition.lock()
            if var queue = users[user], !queue.isEmpty {
                let next = queue.removeFirst()
                users[user] = queue
                ready.append(wrap(user, next))
                condition.signal()
            } else {
                users[user] = nil
            }
            condition.unlock()
        }
    }

    private func work(_ conversation: Conversation) {
        while true {
            condition.lock()
            while readyHead == ready.count && !(stopping && users.isEmpty) { condition.wait() }
            if readyHead == ready.count {
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = ready[readyHead]
            readyHead += 1
            if readyHead > 1024, readyHead * 2 > ready.count {
                ready.removeFirst(readyHead)
                readyHead = 0
            }
            running += 1
            condition.unlock()
            job(conversation)
            condition.lock()
            running -= 1
            if stopping { condition.broadcast() }
            condition.unlock()
        }
    }

    /// Takes no more turns, lets those queued finish, and waits for them (blocking).
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !users.isEmpty || running > 0 { condition.wait() }
        condition.unlock()
    }
}
