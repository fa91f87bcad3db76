import ShopChat
import Testing

@Suite struct PricingTests {
    static func product(_ sku: String, store: String, price: Int64) -> Product {
        Product(sku: sku, name: sku, category: "c", store: store, price: price, stock: 100)
    }

    static func cart(_ lines: [(String, String, Int64, Int64)]) -> Cart {
        Cart(lines: lines.map { Cart.Line(product: product($0.0, store: $0.1, price: $0.2), quantity: $0.3) })
    }

    @Test func thresholdAppliesOnlyFromItsMinimum() throws {
        let coupon = Coupon(code: "SAVE50", kind: .threshold, minSpend: 30_000, off: 5_000)
        #expect(throws: Pricing.Refusal.belowMinimum(code: "SAVE50", minimum: 30_000, covered: 29_999)) {
            try Pricing.quote(cart: Self.cart([("A", "s", 29_999, 1)]), coupons: [coupon])
        }
        let quote = try Pricing.quote(cart: Self.cart([("A", "s", 30_000, 1)]), coupons: [coupon])
        #expect(quote.discount == 5_000)
        #expect(quote.total == 25_000)
    }

    @Test func percentRoundsDownToTheFen() throws {
        let quote = try Pricing.quote(cart: Self.cart([("A", "s", 999, 1)]), coupons: [Coupon(code: "P", kind: .percent, pct: 85)])
        // 15% of ¥9.99 is 149.85 fen: 149 off.
        #expect(quote.discount == 149)
        #expect(quote.shipping == 800)
        #expect(quote.total == 999 - 149 + 800)
    }

    @Test func fixedNeverTakesMoreThanItCovers() throws {
        let quote = try Pricing.quote(cart: Self.cart([("A", "s", 500, 1)]), coupons: [Coupon(code: "F", kind: .fixed, off: 2_000)])
        #expect(quote.discount == 500)
        #expect(quote.total == 800)
    }

    @Test func shippingIsFreeFrom99AfterDiscounts() throws {
        let cart = Self.cart([("A", "s", 10_000, 1)])
        #expect(try Pricing.quote(cart: cart).shipping == 0)
        let discounted = try Pricing.quote(cart: cart, coupons: [Coupon(code: "F", kind: .fixed, off: 200)])
        #expect(discounted.shipping == 800)
        let free = try Pricing.quote(cart: Self.cart([("A", "s", 100, 1)]), coupons: [Coupon(code: "S", kind: .shipping)])
        #expect(free.shipping == 0)
        #expect(free.coupons == [Quote.AppliedCoupon(code: "S", saving: 800)])
    }

    @Test func storeCouponsCoverTheirStoreAndThePlatformCouponTheRest() throws {
        let cart = Self.cart([("A", "mi", 20_000, 1), ("B", "other", 15_000, 1)])
        let store = Coupon(code: "MI20", kind: .threshold, minSpend: 20_000, off: 2_000, store: "mi")
        let platform = Coupon(code: "SAVE50", kind: .threshold, minSpend: 33_000, off: 5_000)
        let quote = try Pricing.quote(cart: cart, coupons: [store, platform])
        // The platform coupon covers 35000 − 2000 = 33000: just enough.
        #expect(quote.discount == 7_000)
        #expect(quote.coupons.map(\.code) == ["MI20", "SAVE50"])
        #expect(throws: Pricing.Refusal.self) {
            try Pricing.quote(cart: cart, coupons: [store, Coupon(code: "MI5", kind: .fixed, off: 500, store: "mi")])
        }
        #expect(throws: Pricing.Refusal.self) {
            try Pricing.quote(cart: cart, coupons: [platform, Coupon(code: "X", kind: .fixed, off: 1)])
        }
        #expect(throws: Pricing.Refusal.noItemsFromStore(code: "Z", store: "zz")) {
            try Pricing.quote(cart: cart, coupons: [Coupon(code: "Z", kind: .fixed, off: 1, store: "zz")])
        }
    }

    @Test func pointsPayAtMostHalfTheOrder() throws {
        let quote = try Pricing.quote(cart: Self.cart([("A", "s", 10_000, 1)]), points: 9_000)
        #expect(quote.pointsUsed == 5_000)
        #expect(quote.total == 5_000)
        #expect(quote.pointsEarned == 50)
    }

    @Test func tiersFollowLifetimePoints() {
        #expect(MemberTier(lifetimePoints: 0) == .silver)
        #expect(MemberTier(lifetimePoints: 1_999) == .silver)
        #expect(MemberTier(lifetimePoints: 2_000) == .gold)
        #expect(MemberTier(lifetimePoints: 10_000) == .platinum)
    }
}
