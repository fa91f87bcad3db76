import Foundation
import ShopChat
import Testing

/// Two checkouts racing from two threads, each with its own connection pool on one SQLite file,
/// as two processes would: never may both win.
@Suite struct RaceTests {
    @Test(arguments: Backend.all)
    func theLastItemInStockIsSoldOnce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.write { try $0.setStock(sku: "T1", to: 1) }
        for user in ["a", "b"] {
            _ = try fixture.write { commerce in
                try commerce.ensureUser(user)
                try commerce.addToCart(user: user, sku: "T1", quantity: 1)
            }
        }
        let results = race(fixture) { commerce, index in
            let user = ["a", "b"][index]
            return try commerce.placeOrder(user: user, quote: Pricing.quote(cart: commerce.cart(of: user)))
        }
        #expect(results.filter { $0 }.count == 1)
        #expect(try fixture.write { try $0.product(sku: "T1")?.stock } == 0)
        #expect(try fixture.write { commerce in try commerce.orders(of: "a").count + commerce.orders(of: "b").count } == 1)
    }

    @Test(arguments: Backend.all)
    func aCouponIsUsedOnce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let coupon = Coupon(code: "ONCE", kind: .fixed, off: 1_000)
        _ = try fixture.write { commerce in
            try commerce.createCoupon(coupon)
            try commerce.giveCoupon("ONCE", to: "a")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 1)
        }
        // Both threads price the same cart with the same coupon, then race to place it.
        let results = race(fixture) { commerce, _ in
            let quote = try Pricing.quote(cart: commerce.cart(of: "a"), coupons: [coupon])
            return try commerce.placeOrder(user: "a", quote: quote)
        }
        #expect(results.filter { $0 }.count == 1)
        let held = try fixture.write { try $0.heldCoupons(of: "a") }
        #expect(held.count == 1)
        #expect(held[0].usedOrder != nil)
    }

    /// Runs `body` on two threads at once, each in its own write transaction on its own pool.
    func race(_ fixture: StoreFixture, _ body: @escaping @Sendable (Commerce, Int) throws -> Order) -> [Bool] {
        let outcomes = Outcomes()
        let now = fixture.now
        let databases = [try? fixture.reopen(), try? fixture.reopen()]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            guard let database = databases[index] else { return }
            let won = (try? database.write { tx in try body(Commerce(tx, now: now), index) }) != nil
            outcomes.record(won)
        }
        return outcomes.values
    }
}

final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []

    func record(_ value: Bool) {
        lock.lock()
        stored.append(value)
        lock.unlock()
    }

    var values: [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
