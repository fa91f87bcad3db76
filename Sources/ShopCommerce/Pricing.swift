/// The price rules of PROTOCOL.md §9 as pure functions, so they can be checked without a store.
public enum Pricing {
    /// Shipping is free from ¥99 after discounts, else ¥8.
    public static let freeShippingFrom: Int64 = 9_900
    public static let shippingFee: Int64 = 800
    /// 100 points pay ¥1.
    public static let fenPerPoint: Int64 = 1

    public static func shipping(afterDiscounts amount: Int64, freeShippingCoupon: Bool = false) -> Int64 {
        freeShippingCoupon || amount >= freeShippingFrom ? 0 : shippingFee
    }

    /// Points may pay at most half of the order (goods after discounts, plus shipping).
    public static func maximumPoints(orderAmount: Int64) -> Int64 {
        orderAmount / 2 / fenPerPoint
    }

    public static func quote(cart: Cart, coupons: [Quote.AppliedCoupon] = [], freeShipping: Bool = false, points: Int64 = 0) -> Quote {
        let subtotal = cart.subtotal
        let discount = min(subtotal, coupons.reduce(0) { $0 + $1.saving })
        let shipping = shipping(afterDiscounts: subtotal - discount, freeShippingCoupon: freeShipping)
        let pointsUsed = min(max(0, points), maximumPoints(orderAmount: subtotal - discount + shipping))
        return Quote(
            cart: cart, subtotal: subtotal, discount: discount, shipping: shipping, pointsUsed: pointsUsed * fenPerPoint,
            coupons: coupons)
    }
}
