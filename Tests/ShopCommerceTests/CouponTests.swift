import Foundation
import ShopChat
import Testing

@Suite struct CouponTests {
    @Test(arguments: Backend.all)
    func claimingRespectsClaimabilityExpiryAndTheLimit(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { commerce in
            try commerce.createCoupon(Coupon(code: "TWICE", kind: .fixed, off: 100, perUserLimit: 2))
            try commerce.createCoupon(Coupon(code: "OLD", kind: .fixed, off: 100, expiresAt: store.now.addingTimeInterval(-1)))
            try commerce.createCoupon(Coupon(code: "GIFT", kind: .fixed, off: 100, claimable: false))
        }
        _ = try store.write { try $0.claimCoupon("twice", user: "a") }
        _ = try store.write { try $0.claimCoupon("TWICE", user: "a") }
        #expect(throws: CommerceError.couponLimitReached("TWICE")) { try store.write { try $0.claimCoupon("TWICE", user: "a") } }
        #expect(throws: CommerceError.couponExpired("OLD")) { try store.write { try $0.claimCoupon("OLD", user: "a") } }
        #expect(throws: CommerceError.couponNotClaimable("GIFT")) { try store.write { try $0.claimCoupon("GIFT", user: "a") } }
        #expect(throws: CommerceError.unknownCoupon("NOPE")) { try store.write { try $0.claimCoupon("nope", user: "a") } }
        #expect(try store.write { try $0.heldCoupons(of: "a").count } == 2)
        #expect(try store.write { try $0.claimableCoupons(for: "a").map(\.code) } == [])
    }

    @Test(arguments: Backend.all)
    func cancellingAnOrderGivesItsCouponBackAndThePointsItUsed(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let order = try store.write { commerce in
            try commerce.ensureUser("a")
            try commerce.createCoupon(Coupon(code: "TEN", kind: .fixed, off: 1_000))
            try commerce.giveCoupon("TEN", to: "a")
            try commerce.tx.execute("UPDATE users SET points = 3000 WHERE name = 'a'")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 1)
            let quote = try Pricing.quote(cart: commerce.cart(of: "a"), coupons: [commerce.coupon(code: "TEN")!], points: 2_000)
            return try commerce.placeOrder(user: "a", quote: quote)
        }
        #expect(order.discount == 1_000)
        #expect(order.pointsUsed == 2_000)
        #expect(order.total == 19_900 - 1_000 - 2_000)
        #expect(try store.write { try $0.points(of: "a").balance } == 1_000 + order.pointsEarned)
        #expect(try store.write { try $0.usableCoupons(of: "a") }.isEmpty)
        _ = try store.write { try $0.cancelOrder(id: order.id, user: "a") }
        #expect(try store.write { try $0.points(of: "a").balance } == 3_000)
        #expect(try store.write { try $0.usableCoupons(of: "a").map(\.code) } == ["TEN"])
    }
}
