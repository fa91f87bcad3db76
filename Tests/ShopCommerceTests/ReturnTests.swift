import Foundation
import ShopChat
import Synchronization
import Testing

/// Returns (退货, PROTOCOL.md §9) on both stores: each line's exact share of what was paid, the
/// points and coupons, the stock, every refusal, and two returns of the same unit racing.
@Suite struct ReturnTests {
    static let delivered: TimeInterval = 4 * 86_400

    /// 2 × T1 and 1 × T2 with a ¥30 coupon and 500 points: subtotal 43,790, total 40,290.
    static func placeOrder(_ fixture: StoreFixture, _ user: String, coupon: Bool = true) throws -> Order {
        try fixture.write { commerce in
            try commerce.ensureUser(user)
            try commerce.tx.execute("UPDATE users SET points = 500 WHERE name = \(.text(user))")
            var coupons: [Coupon] = []
            if coupon {
                let save = Coupon(code: "SAVE30", kind: .threshold, minSpend: 30_000, off: 3_000)
                if try commerce.coupon(code: "SAVE30") == nil { try commerce.createCoupon(save) }
                _ = try commerce.giveCoupon("SAVE30", to: user)
                coupons = [save]
            }
            try commerce.addToCart(user: user, sku: "T1", quantity: 2)
            try commerce.addToCart(user: user, sku: "T2", quantity: 1)
            return try commerce.placeOrder(user: user, quote: Pricing.quote(cart: commerce.cart(of: user), coupons: coupons, points: 500))
        }
    }

    static func at<T>(_ fixture: StoreFixture, _ offset: TimeInterval, _ body: (Commerce) throws -> T) throws -> T {
        let when = fixture.now.addingTimeInterval(offset)
        return try fixture.database.write { tx in try body(Commerce(tx, now: when)) }
    }

    @Test func sharesAddUpToTheTotalInAnyNumberOfSteps() {
        var generator = SeededRandom(seed: 17)
        for _ in 0..<500 {
            let weights = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Int64.random(in: 0...99_900_000_000, using: &generator)
            }
            let amount = Int64.random(in: 0...100_000_000_000, using: &generator)
            let parts = OrderShares.spread(amount, over: weights)
            #expect(parts.reduce(0, +) == (weights.reduce(0, +) == 0 ? 0 : amount))
            #expect(parts.allSatisfy { $0 >= 0 })
            // Returned one unit at a time or all at once, a line gives back exactly its share.
            let quantity = Int64.random(in: 1...999, using: &generator)
            let share = parts[0]
            var returned: Int64 = 0
            var sum: Int64 = 0
            while returned < quantity {
                let units = Int64.random(in: 1...(quantity - returned), using: &generator)
                sum += OrderShares.part(of: share, quantity: quantity, returned: returned, units: units)
                returned += units
            }
            #expect(sum == share)
        }
    }

    @Test(arguments: Backend.all)
    func aWholeOrderReturnedLineByLineGivesBackExactlyWhatWasPaid(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let order = try Self.placeOrder(fixture, "ret")
        #expect(order.discount == 3_000 && order.pointsUsed == 500)
        let steps: [(String, Int64)] = [("T1", 1), ("T2", 1), ("T1", 1)]
        var made: [OrderReturn] = []
        for (sku, units) in steps {
            made.append(
                try Self.at(fixture, Self.delivered) {
                    try $0.requestReturn(user: "ret", order: order.id, sku: sku, quantity: units, reason: .damaged)
                })
        }
        #expect(made.map(\.refund).reduce(0, +) == order.total, "refunds add up to the total paid")
        #expect(made.map(\.pointsBack).reduce(0, +) == order.pointsUsed / Pricing.fenPerPoint)
        #expect(made.map(\.couponsBack) == [[], [], ["SAVE30"]], "the coupon comes back with the last unit")
        let after = try Self.at(fixture, Self.delivered) { commerce in
            (
                points: try commerce.tx.scalar("SELECT points FROM users WHERE name = 'ret'"),
                stock: try commerce.product(sku: "T1")?.stock, usable: try commerce.usableCoupons(of: "ret").map(\.code)
            )
        }
        // 500 points held, 500 spent, 402 earned and taken back: 500 again.
        #expect(after.points == 500)
        #expect(after.stock == 5)
        #expect(after.usable == ["SAVE30"])
        #expect(try Self.at(fixture, Self.delivered) { try $0.returnableLines(user: "ret") }.isEmpty)
    }

    @Test(arguments: Backend.all)
    func theRulesRefuseAndChangeNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let order = try Self.placeOrder(fixture, "rules", coupon: false)
        func refusal(_ offset: TimeInterval, sku: String = "T1", quantity: Int64 = 1, user: String = "rules") -> CommerceError? {
            do {
                _ = try Self.at(fixture, offset) {
                    try $0.requestReturn(user: user, order: order.id, sku: sku, quantity: quantity, reason: .changedMind)
                }
                return nil
            } catch {
                return error as? CommerceError
            }
        }
        #expect(refusal(3_600) == .returnRefused(.notShipped(order: order.id)))
        #expect(refusal(2 * 86_400)?.code == "return_not_delivered")
        #expect(refusal(11 * 86_400)?.code == "return_window_closed")
        #expect(refusal(Self.delivered, quantity: 3)?.code == "return_too_many")
        #expect(refusal(Self.delivered, sku: "T3")?.code == "return_not_in_order")
        #expect(refusal(Self.delivered, user: "someone-else") == .unknownOrder(order.id))
        for bad in [0, -1, 1_000, Int64.max] as [Int64] {
            #expect(refusal(Self.delivered, quantity: bad) == .invalidQuantity(bad))
        }
        #expect(try Self.at(fixture, Self.delivered) { try $0.tx.scalar("SELECT COUNT(*) FROM returns") } == 0)
        #expect(try Self.at(fixture, Self.delivered) { try $0.product(sku: "T1")?.stock } == 3, "no stock came back")
        #expect(refusal(Self.delivered, quantity: 2) == nil)
        #expect(refusal(Self.delivered)?.code == "already_returned")
        // A cancelled order is cancelled, not returned.
        let cancelled = try Self.placeOrder(fixture, "rules2", coupon: false)
        _ = try fixture.write { try $0.cancelOrder(id: cancelled.id, user: "rules2") }
        #expect(throws: CommerceError.returnRefused(.cancelled(order: cancelled.id))) {
            try Self.at(fixture, Self.delivered) { try $0.returnQuote(user: "rules2", order: cancelled.id, sku: "T1", quantity: 1) }
        }
    }

    @Test(arguments: Backend.all)
    func aReturnedLineIsNotPriceProtectedAndAProtectedOneRefundsLessTheProtection(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let order = try Self.placeOrder(fixture, "pp", coupon: false)
        _ = try fixture.write { try $0.setPrice(sku: "T1", to: 17_900) }
        let protected = try Self.at(fixture, Self.delivered) { try $0.protectPrices(user: "pp") }
        #expect(protected.refund == 4_000)
        let quote = try Self.at(fixture, Self.delivered) { try $0.returnQuote(user: "pp", order: order.id, sku: "T1", quantity: 2) }
        let share = OrderShares(order).cash[order.items.firstIndex { $0.sku == "T1" }!]
        #expect(quote.refund == share - 4_000)
        _ = try Self.at(fixture, Self.delivered) {
            try $0.requestReturn(user: "pp", order: order.id, sku: "T2", quantity: 1, reason: .wrongItem)
        }
        _ = try fixture.write { try $0.setPrice(sku: "T2", to: 1_990) }
        #expect(try Self.at(fixture, Self.delivered) { try $0.priceDrops(user: "pp") }.isEmpty, "a returned line has no price drop")
    }

    @Test(arguments: Backend.all)
    func twoReturnsOfTheLastUnitAtOnceReturnItOnce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let order = try Self.placeOrder(fixture, "racer", coupon: false)
        let databases = [try fixture.reopen(), try fixture.reopen()]
        let when = fixture.now.addingTimeInterval(Self.delivered)
        let refunds = Mutex<[Int64]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let made = try? databases[index].write { tx in
                try Commerce(tx, now: when).requestReturn(user: "racer", order: order.id, sku: "T2", quantity: 1, reason: .damaged)
            }
            refunds.withLock { $0.append(made?.refund ?? 0) }
        }
        #expect(refunds.withLock { $0.filter { $0 > 0 }.count } == 1)
        #expect(try Self.at(fixture, Self.delivered) { try $0.tx.scalar("SELECT COUNT(*) FROM returns") } == 1)
        #expect(try Self.at(fixture, Self.delivered) { try $0.product(sku: "T2")?.stock } == 2)
    }
}
