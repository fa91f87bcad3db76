import Foundation
import ShopChat
import Synchronization
import Testing

/// Flash sales (秒杀, PROTOCOL.md §9) on both stores: the window, one per user, exactly the flash
/// stock sold when buyers race, and `/flash`'s numbers checked before they are stored.
@Suite struct FlashSaleTests {
    static func at<T>(_ fixture: StoreFixture, _ offset: TimeInterval, _ body: (Commerce) throws -> T) throws -> T {
        let when = fixture.now.addingTimeInterval(offset)
        return try fixture.database.write { tx in try body(Commerce(tx, now: when)) }
    }

    /// T1 (list ¥199, stock 5): 3 units at ¥99 from an hour from now, for an hour.
    static func sale(_ fixture: StoreFixture, stock: Int64 = 3) throws -> FlashSale {
        let start = Int64(fixture.now.timeIntervalSince1970) + 3_600
        return try fixture.write { try $0.createFlashSale(sku: "T1", price: 9_900, stock: stock, start: start, end: start + 3_600) }
    }

    @Test(arguments: Backend.all)
    func onlyInTheWindowOnlyOneEachAtTheFlashPrice(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let sale = try Self.sale(fixture)
        func buy(_ user: String, _ offset: TimeInterval) -> Result<Order, CommerceError> {
            Result {
                try Self.at(fixture, offset) { commerce in
                    try commerce.ensureUser(user)
                    return try commerce.buyFlash(user: user, sale: sale.id).1
                }
            }.mapError { $0 as? CommerceError ?? .emptyCart }
        }
        #expect(throws: CommerceError.flashRefused(.notStarted(startsAt: sale.startsAt))) { try buy("a", 60).get() }
        let order = try buy("a", 3_700).get()
        #expect(order.items.map(\.unitPrice) == [9_900] && order.items.map(\.quantity) == [1])
        #expect(order.total == 9_900, "¥99 ships free")
        #expect(throws: CommerceError.flashRefused(.alreadyBought(order: order.id))) { try buy("a", 3_800).get() }
        _ = try buy("b", 3_800).get()
        _ = try buy("c", 3_800).get()
        #expect(throws: CommerceError.flashRefused(.soldOut)) { try buy("d", 3_900).get() }
        #expect(throws: CommerceError.flashRefused(.ended)) { try buy("e", 7_300).get() }
        #expect(try fixture.write { try $0.product(sku: "T1")?.stock } == 2)
        #expect(try fixture.write { try $0.flashSale(id: sale.id)?.sold } == 3)
    }

    @Test(arguments: Backend.all)
    func flashCommandNumbersAreCheckedAndChangeNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let now = Int64(fixture.now.timeIntervalSince1970)
        let bad: [(String, Int64, Int64, Int64, Int64)] = [
            ("T1", 0, 1, now, now + 60), ("T1", -1, 1, now, now + 60), ("T1", Int64.max, 1, now, now + 60),
            ("T1", 19_900, 1, now, now + 60), // not below the list price
            ("T1", 9_900, 0, now, now + 60), ("T1", 9_900, -3, now, now + 60), ("T1", 9_900, 6, now, now + 60), // more than stock
            ("T1", 9_900, 1, now + 60, now), ("T1", 9_900, 1, now - 7_200, now - 3_600), // ends before it starts, already over
            ("T1", 9_900, 1, now, now + 8 * 86_400), ("T1", 9_900, 1, now + 31 * 86_400, now + 32 * 86_400),
            ("NOPE", 9_900, 1, now, now + 60),
        ]
        for (sku, price, stock, start, end) in bad {
            #expect(throws: CommerceError.self) {
                try fixture.write { try $0.createFlashSale(sku: sku, price: price, stock: stock, start: start, end: end) }
            }
        }
        #expect(try fixture.write { try $0.tx.scalar("SELECT COUNT(*) FROM flash_sales") } == 0)
    }

    @Test(arguments: Backend.all)
    func twentyBuyersRacingForThreeUnitsBuyThree(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let sale = try Self.sale(fixture)
        let databases = try (0..<4).map { _ in try fixture.reopen() }
        let when = fixture.now.addingTimeInterval(3_700)
        let orders = Mutex<[Int64]>([])
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            let order = try? databases[index % 4].write { tx in
                let commerce = Commerce(tx, now: when)
                try commerce.ensureUser("racer\(index % 10)")
                return try commerce.buyFlash(user: "racer\(index % 10)", sale: sale.id).1
            }
            if let order { orders.withLock { $0.append(order.id) } }
        }
        #expect(orders.withLock { $0.count } == 3)
        #expect(try fixture.write { try $0.tx.scalar("SELECT COUNT(DISTINCT \"user\") FROM flash_buyers") } == 3)
        #expect(try fixture.write { try $0.product(sku: "T1")?.stock } == 2)
    }
}
