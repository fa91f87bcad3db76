import Foundation

/// A token bucket per user: operational protection, so it runs on the real monotonic clock,
/// not the shop's injected one.
final class RateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: UInt64
    }

    private let rate: Double
    private let burst: Double
    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
    }

    /// Takes one token for `user`; false when the bucket is empty.
    func allow(_ user: String) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        var bucket = buckets[user] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + Double(now - bucket.updated) / 1e9 * rate)
        bucket.updated = now
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[user] = bucket
        return allowed
    }
}
