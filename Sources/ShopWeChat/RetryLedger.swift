import Dispatch
import Synchronization

/// Remembers each message's answer by its retry key (``WeChatMessage/retryKey``), so WeChat's
/// retries of a message (up to three, the first while the turn may still run) never act twice
/// and get the same answer. Bounded: entries expire after `keep` and at most `capacity` are
/// kept (the oldest finished ones go first).
final class RetryLedger: Sendable {
    private struct Entry {
        var answer: WeChatAnswer?
        var waiters: [UInt64: CheckedContinuation<WeChatAnswer?, Never>] = [:]
        /// Every request for it gave up waiting: the answer goes to the user's next message.
        var abandoned = false
        let born: UInt64
        let order: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var counter: UInt64 = 0
        var lastPrune: UInt64 = 0
    }

    private let state = Mutex(State())
    private let capacity: Int
    private let keepNanoseconds: UInt64

    init(capacity: Int = 100_000, keepSeconds: Double = 120) {
        self.capacity = capacity
        keepNanoseconds = UInt64(keepSeconds * 1e9)
    }

    /// True for the first sight of `key`: the caller runs the turn and must ``finish(_:with:)``.
    /// False for a retry: the caller only waits.
    func claim(_ key: String) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        return state.withLock { state in
            if state.entries[key] != nil { return false }
            if state.entries.count >= capacity || now - state.lastPrune > keepNanoseconds { prune(&state, now: now) }
            state.counter += 1
            state.entries[key] = Entry(born: now, order: state.counter)
            return true
        }
    }

    /// The answer for `key`, or nil if it did not come within `seconds`.
    func wait(_ key: String, seconds: Double) async -> WeChatAnswer? {
        let id = state.withLock { state in
            state.counter += 1
            return state.counter
        }
        return await withCheckedContinuation { continuation in
            let ready: WeChatAnswer?? = state.withLock { state in
                guard var entry = state.entries[key] else { return .some(.nothing) }
                if let answer = entry.answer { return .some(answer) }
                entry.waiters[id] = continuation
                entry.abandoned = false
                state.entries[key] = entry
                return .none
            }
            if let ready { return continuation.resume(returning: ready) }
            Task {
                try? await Task.sleep(for: .seconds(seconds))
                self.giveUp(key, waiter: id)
            }
        }
    }

    private func giveUp(_ key: String, waiter: UInt64) {
        let continuation = state.withLock { state -> CheckedContinuation<WeChatAnswer?, Never>? in
            guard var entry = state.entries[key], let continuation = entry.waiters.removeValue(forKey: waiter) else { return nil }
            if entry.waiters.isEmpty { entry.abandoned = true }
            state.entries[key] = entry
            return continuation
        }
        continuation?.resume(returning: nil)
    }

    /// Records the turn's answer and hands it to whoever waits. Returns false when nobody will
    /// see it (every request gave up): the caller delivers it with the user's next message, and
    /// later retries get `success`.
    func finish(_ key: String, with answer: WeChatAnswer) -> Bool {
        let (waiters, delivered) = state.withLock { state -> ([CheckedContinuation<WeChatAnswer?, Never>], Bool) in
            guard var entry = state.entries[key] else { return ([], false) }
            let abandoned = entry.abandoned
            entry.answer = abandoned ? .nothing : answer
            let waiters = Array(entry.waiters.values)
            entry.waiters = [:]
            state.entries[key] = entry
            return (waiters, !abandoned)
        }
        for waiter in waiters { waiter.resume(returning: answer) }
        return delivered
    }

    /// Drops expired finished entries, then the oldest finished ones down to 90 % of capacity.
    /// Unfinished ones stay: their turns are in flight and bounded by the per-user queues.
    private func prune(_ state: inout State, now: UInt64) {
        state.lastPrune = now
        state.entries = state.entries.filter { $0.value.answer == nil || now - $0.value.born < keepNanoseconds }
        let target = capacity * 9 / 10
        guard state.entries.count > target else { return }
        let finished = state.entries.filter { $0.value.answer != nil }.sorted { $0.value.order < $1.value.order }
        for (key, _) in finished.prefix(state.entries.count - target) { state.entries[key] = nil }
    }

    var count: Int { state.withLock { $0.entries.count } }
}
