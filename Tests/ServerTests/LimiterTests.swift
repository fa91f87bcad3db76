import Foundation
import Testing

@testable import ShopServer

@Suite struct LimiterTests {
    func unlimited() -> TokenBucket { TokenBucket(capacity: 1e9, rate: 1e9, now: 0) }

    /// Two threads read the clock, then take the lock in the other order: time seems to run
    /// backwards. That once overflowed and killed the server; now it counts as no time.
    @Test func timeRunningBackwardsIsNoTime() {
        let limiter = RateLimiter(rate: 20, burst: 40)
        var newUsers = unlimited()
        #expect(limiter.admit("ana", newUsers: &newUsers, at: 5_000_000_000) == .allowed)
        #expect(limiter.admit("ana", newUsers: &newUsers, at: 4_000_000_000) == .allowed)
        #expect(limiter.admit("ana", newUsers: &newUsers, at: 0) == .allowed)
        var bucket = TokenBucket(capacity: 2, rate: 1, now: 10)
        let taken = [bucket.take(at: 5), bucket.take(at: 1), bucket.take(at: 0)]
        #expect(taken == [true, true, false])
    }

    @Test func aUserPastTheBurstWaits() {
        let limiter = RateLimiter(rate: 1, burst: 3)
        var newUsers = unlimited()
        let verdicts = (0..<5).map { _ in limiter.admit("ana", newUsers: &newUsers, at: 1_000) }
        #expect(verdicts == [.allowed, .allowed, .allowed, .tooFast, .tooFast])
        #expect(limiter.admit("ana", newUsers: &newUsers, at: 1_000 + 1_000_000_000) == .allowed)
    }

    /// One connection cycling through names is stopped, and refused names leave nothing behind.
    @Test func aConnectionCannotMintUsers() {
        let limiter = RateLimiter(rate: 20, burst: 40)
        var newUsers = TokenBucket(capacity: 10, rate: 1, now: 0)
        let allowed = (0..<1_000).filter { limiter.admit("u\($0)", newUsers: &newUsers, at: 1) == .allowed }.count
        #expect(allowed == 10)
        #expect(limiter.trackedUsers == 10)
    }

    /// Users idle long enough to have refilled are forgotten: the table holds recent speakers only.
    @Test func idleUsersAreForgotten() {
        let limiter = RateLimiter(rate: 20, burst: 40)
        var newUsers = unlimited()
        for index in 0..<500 { _ = limiter.admit("u\(index)", newUsers: &newUsers, at: 2_000_000_000) }
        #expect(limiter.trackedUsers == 500)
        _ = limiter.admit("late", newUsers: &newUsers, at: 10_000_000_000)
        #expect(limiter.trackedUsers == 501)
        _ = limiter.admit("later", newUsers: &newUsers, at: 700_000_000_000)
        #expect(limiter.trackedUsers == 1)
    }

    /// A gateway's users coming back after a pause are not new users (found by the attacker
    /// suite: a refilled bucket was forgotten within a second, so every returning user counted).
    @Test func returningUsersAreNotNew() {
        let limiter = RateLimiter(rate: 20, burst: 40)
        var newUsers = TokenBucket(capacity: 10, rate: 0.001, now: 0)
        for index in 0..<10 { #expect(limiter.admit("u\(index)", newUsers: &newUsers, at: 1) == .allowed) }
        #expect(limiter.admit("u10", newUsers: &newUsers, at: 2) == .tooManyNewUsers)
        for index in 0..<10 { #expect(limiter.admit("u\(index)", newUsers: &newUsers, at: 30_000_000_000) == .allowed) }
    }

    /// A turn that finds its user busy is queued, not waited for, and runs when released, in order.
    @Test func busyUsersQueueTheirTurnsInOrder() {
        let locks = UserLocks()
        let ran = Ran()
        let acquired = [
            locks.acquire("ana", orQueue: { ran.add(1) }), locks.acquire("ana", orQueue: { ran.add(2) }),
            locks.acquire("ana", orQueue: { ran.add(3) }), locks.acquire("bob", orQueue: { ran.add(99) }),
        ]
        #expect(acquired == [true, false, false, true])
        locks.release("ana")
        locks.release("ana")
        locks.release("ana")
        locks.release("bob")
        #expect(ran.values == [2, 3])
        #expect(locks.busyUsers == 0)
    }
}

private final class Ran: @unchecked Sendable {
    // @unchecked: `list` is only touched under `lock`.
    private let lock = NSLock()
    private var list: [Int] = []
    func add(_ value: Int) { lock.withLock { list.append(value) } }
    var values: [Int] { lock.withLock { list } }
}
