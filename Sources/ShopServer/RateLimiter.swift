import Foundation
import Synchronization

/// Token buckets: one per user, and one per connection for the users it introduces, so that a
/// client can neither flood as one user nor mint thousands of users. Operational protection, so
/// it runs on the real monotonic clock, not the shop's injected one.
final class RateLimiter: Sendable {
    private let rate: Double
    private let burst: Double
    private struct State {
        var buckets: [String: TokenBucket] = [:]
        var lastPrune: UInt64 = 0
    }
    private let state = Mutex(State())

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
    }

    enum Verdict: Equatable {
        case allowed
        /// The user spoke too fast.
        case tooFast
        /// The connection introduced too many users the limiter did not know.
        case tooManyNewUsers
    }

    /// Takes one token for `user`; a user it does not know also takes one of `newUsers`.
    func admit(_ user: String, newUsers: inout TokenBucket, at now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Verdict {
        state.withLock { state in
            Self.pruneIfDue(&state, now)
            guard var bucket = state.buckets[user] else {
                // Checked before the user gets a bucket: refused new users leave nothing behind.
                guard newUsers.take(at: now) else { return .tooManyNewUsers }
                var fresh = TokenBucket(capacity: burst, rate: rate, now: now)
                _ = fresh.take(at: now)
                state.buckets[user] = fresh
                return .allowed
            }
            let allowed = bucket.take(at: now)
            state.buckets[user] = bucket
            return allowed ? .allowed : .tooFast
        }
    }

    /// Users known to the limiter (bounded: idle ones are forgotten).
    var trackedUsers: Int { state.withLock { $0.buckets.count } }

    /// Forgets users idle for ``forgetAfter``: a user back after that counts as new again (a
    /// refilled bucket alone is not enough, or every returning user of a gateway would be "new").
    /// At most once every ten seconds, so the map holds only recent speakers and costs little.
    private static func pruneIfDue(_ state: inout State, _ now: UInt64) {
        guard now &- state.lastPrune > 10_000_000_000 || now < state.lastPrune else { return }
        state.lastPrune = now
        state.buckets = state.buckets.filter { now < $0.value.lastUse || now - $0.value.lastUse < forgetAfter }
        // Past this many, only users who used their bucket lately are kept: memory stays bounded
        // whatever the rate of distinct users.
        if state.buckets.count > mostTracked {
            state.buckets = state.buckets.filter { now < $0.value.lastUse || now - $0.value.lastUse < 10_000_000_000 }
        }
    }

    static let mostTracked = 1_000_000

    /// How long a user is remembered after their last turn, in nanoseconds (ten minutes).
    static let forgetAfter: UInt64 = 600_000_000_000
}

/// A token bucket on a monotonic nanosecond clock. Time that seems to run backwards (two threads
/// reading the clock in either order) counts as no time, never as an overflow.
struct TokenBucket: Sendable {
    let capacity: Double
    let rate: Double
    private var tokens: Double
    private var updated: UInt64

    init(capacity: Double, rate: Double, now: UInt64) {
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.updated = now
    }

    mutating func take(at now: UInt64) -> Bool {
        refill(at: now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// When a token was last taken or the bucket last refilled.
    var lastUse: UInt64 { updated }

    private mutating func refill(at now: UInt64) {
        guard now > updated else { return }
        tokens = min(capacity, tokens + Double(now - updated) / 1e9 * rate)
        updated = now
    }
}
