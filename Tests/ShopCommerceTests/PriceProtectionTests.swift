import Foundation
import ShopChat
import Synchronization
import Testing

/// Price protection (价保, PROTOCOL.md §9) on both stores: the list-price difference of each line
/// ordered in the last 7 days, refunded once, also when two claims race.
@Suite struct PriceProtectionTests {
    static func order(_ fixture: StoreFixture, _ user: String, _ sku: String, quantity: Int64, at now: Date) throws -> Order {
        try fixture.database.write { tx in
            let commerce = Commerce(tx, now: now)
            try commerce.ensureUser(user)
            try commerce.addToCart(user: user, sku: sku, quantity: quantity)
            return try commerce.placeOrder(user: user, quote: Pricing.quote(cart: commerce.cart(of: user)))
        }
    }

    @Test(arguments: Backend.all)
    func aDropIsRefundedOncePerLineWithinSevenDays(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let placed = try Self.order(fixture, "pp", "T1", quantity: 2, at: fixture.now)
        #expect(try fixture.write { try $0.priceDrops(user: "pp") }.isEmpty, "no drop yet")
        _ = try fixture.write { try $0.setPrice(sku: "T1", to: 17_900) }
        let drops = try fixture.write { try $0.priceDrops(user: "pp") }
        #expect(drops.map(\.refund) == [4_000])
        #expect(drops.first?.order == placed.id && drops.first?.paid == 19_900 && drops.first?.now == 17_900)
        #expect(try fixture.write { try $0.protectPrices(user: "pp") }.map(\.refund) == [4_000])
        // Once per line, whatever the price does next.
        _ = try fixture.write { try $0.setPrice(sku: "T1", to: 9_900) }
        #expect(try fixture.write { try $0.protectPrices(user: "pp") }.isEmpty)
        // An order more than 7 days old is no longer protected.
        let later = fixture.now.addingTimeInterval(86_400)
        let second = try Self.order(fixture, "pp", "T2", quantity: 1, at: later)
        _ = try fixture.write { try $0.setPrice(sku: "T2", to: 1_990) }
        let eightDaysOn = later.addingTimeInterval(8 * 86_400)
        #expect(try fixture.database.write { tx in try Commerce(tx, now: eightDaysOn).priceDrops(user: "pp", order: second.id) }.isEmpty)
        #expect(throws: CommerceError.self) { try fixture.write { try $0.priceDrops(user: "someone-else", order: second.id) } }
    }

    @Test(arguments: Backend.all)
    func pricesAreRangeChecked(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        for bad in [0, -1, 100_000_001, Int64.max] as [Int64] {
            #expect(throws: CommerceError.self) { try fixture.write { try $0.setPrice(sku: "T1", to: bad) } }
        }
        #expect(throws: CommerceError.self) { try fixture.write { try $0.setPrice(sku: "NOPE", to: 100) } }
        #expect(try fixture.write { try $0.product(sku: "T1")?.price } == 19_900, "nothing changed")
    }

    @Test(arguments: Backend.all)
    func twoClaimsAtOnceRefundOnce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try Self.order(fixture, "racer", "T1", quantity: 1, at: fixture.now)
        _ = try fixture.write { try $0.setPrice(sku: "T1", to: 15_900) }
        let databases = [try fixture.reopen(), try fixture.reopen()]
        let refunded = Mutex<[Int64]>([])
        let now = fixture.now
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let drops = (try? databases[index].write { tx in try Commerce(tx, now: now).protectPrices(user: "racer") }) ?? []
            refunded.withLock { $0.append(drops.reduce(0) { $0 + $1.refund }) }
        }
        #expect(refunded.withLock { $0.sorted() } == [0, 4_000])
        let total = try fixture.write { try $0.tx.scalar("SELECT COALESCE(SUM(refund), 0) FROM price_protections") }
        #expect(total == 4_000)
    }
}
