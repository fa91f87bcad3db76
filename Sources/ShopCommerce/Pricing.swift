/// The price rules of PROTOCOL.md §9 as pure functions, so they can be checked without a store.
public enum Pricing {
    /// Shipping is free from ¥99 after discounts, else ¥8.
    public static let freeShippingFrom: Int64 = 9_900
    public static let shippingFee: Int64 = 800
    /// 100 points pay ¥1.
    public static let fenPerPoint: Int64 = 1

    /// Why a set of coupons cannot go on one order.
    public enum Refusal: Error, Equatable, Sendable {
        case twoPlatformCoupons(String, String)
        case twoCouponsForOneStore(store: String, String, String)
        case noItemsFromStore(code: String, store: String)
        case belowMinimum(code: String, minimum: Int64, covered: Int64)
    }

    public static func shipping(afterDiscounts amount: Int64, freeShippingCoupon: Bool = false) -> Int64 {
        freeShippingCoupon || amount >= freeShippingFrom ? 0 : shippingFee
    }

    /// Points may pay at most half of the order (goods after discounts, plus shipping).
    public static func maximumPoints(orderAmount: Int64) -> Int64 {
        orderAmount / 2 / fenPerPoint
    }

    /// Prices `cart` with exactly these coupons: store coupons on their store's items first,
    /// then the platform coupon on what is left. Throws if the set breaks a rule.
    public static func quote(cart: Cart, coupons: [Coupon] = [], points: Int64 = 0) throws(Refusal) -> Quote {
        var storeAmounts: [String: Int64] = [:]
        for line in cart.lines { storeAmounts[line.product.store, default: 0] += line.lineTotal }
        var platform: Coupon?
        var storeCoupons: [String: Coupon] = [:]
        for coupon in coupons {
            if let store = coupon.store {
                if let other = storeCoupons[store] { throw .twoCouponsForOneStore(store: store, other.code, coupon.code) }
                storeCoupons[store] = coupon
            } else {
                if let other = platform { throw .twoPlatformCoupons(other.code, coupon.code) }
                platform = coupon
            }
        }
        var savings: [String: Int64] = [:]
        var freeShipping = false
        var storeDiscount: Int64 = 0
        for (store, coupon) in storeCoupons {
            guard let covered = storeAmounts[store] else { throw .noItemsFromStore(code: coupon.code, store: store) }
            guard let saving = coupon.saving(on: covered) else {
                throw .belowMinimum(code: coupon.code, minimum: coupon.minSpend, covered: covered)
            }
            savings[coupon.code] = saving
            storeDiscount += saving
            if coupon.kind == .shipping { freeShipping = true }
        }
        let subtotal = cart.subtotal
        if let coupon = platform {
            let covered = subtotal - storeDiscount
            guard let saving = coupon.saving(on: covered) else {
                throw .belowMinimum(code: coupon.code, minimum: coupon.minSpend, covered: covered)
            }
            savings[coupon.code] = saving
            if coupon.kind == .shipping { freeShipping = true }
        }
        let discount = savings.values.reduce(0, +)
        let shipping = Self.shipping(afterDiscounts: subtotal - discount, freeShippingCoupon: freeShipping)
        let paidShipping = Self.shipping(afterDiscounts: subtotal - discount)
        // Store coupons first (by store), then the platform one: the order the rules apply them.
        let ordered = storeCoupons.keys.sorted().compactMap { storeCoupons[$0] } + (platform.map { [$0] } ?? [])
        let applied = ordered.map { coupon in
            Quote.AppliedCoupon(code: coupon.code, saving: coupon.kind == .shipping ? paidShipping : savings[coupon.code] ?? 0)
        }
        let amount = subtotal - discount + shipping
        let pointsUsed = min(max(0, points), maximumPoints(orderAmount: amount))
        return Quote(
            cart: cart, subtotal: subtotal, discount: discount, shipping: shipping, pointsUsed: pointsUsed * fenPerPoint,
            coupons: applied)
    }
}

extension Pricing.Refusal: CustomStringConvertible {
    public var description: String {
        switch self {
        case .twoPlatformCoupons(let a, let b): "Only one platform coupon per order: \(a) or \(b)."
        case .twoCouponsForOneStore(let store, let a, let b): "Only one coupon per store: \(a) or \(b) for \(store)."
        case .noItemsFromStore(let code, let store): "Coupon \(code) is for \(store), and nothing in your cart is from there."
        case .belowMinimum(let code, let minimum, let covered):
            "Coupon \(code) needs \(Money.format(minimum)) of goods it covers; you have \(Money.format(covered))."
        }
    }
}
