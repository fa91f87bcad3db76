/// Picks the coupons that make an order cheapest: at most one per store with items in the cart
/// and one platform coupon, tried in every combination (PROTOCOL.md §9).
public enum CouponPicker {
    /// Combinations tried before falling back to the best coupon per slot.
    static let exhaustiveLimit = 20_000

    public static func best(cart: Cart, from coupons: [Coupon]) -> Quote {
        let stores = Set(cart.lines.map(\.product.store))
        // One candidate list per slot; nil means "no coupon in this slot".
        var slots: [[Coupon?]] = []
        let byStore = Dictionary(grouping: coupons.filter { $0.store.map(stores.contains) ?? false }, by: { $0.store! })
        for store in byStore.keys.sorted() {
            slots.append([nil] + byStore[store]!.sorted { $0.code < $1.code })
        }
        let platform = coupons.filter { $0.store == nil }.sorted { $0.code < $1.code }
        if !platform.isEmpty { slots.append([nil] + platform) }

        let combinations = slots.reduce(1) { $0 * $1.count }
        if combinations > exhaustiveLimit {
            slots = slots.map { candidates in
                let best = candidates.compactMap { $0 }.max { saving(cart, $0) < saving(cart, $1) }
                return [nil] + (best.map { [$0] } ?? [])
            }
        }
        var bestQuote =
            (try? Pricing.quote(cart: cart))
            ?? Quote(cart: cart, subtotal: cart.subtotal, discount: 0, shipping: 0, pointsUsed: 0, coupons: [])
        var chosen: [Coupon] = []
        func visit(_ index: Int) {
            guard index < slots.count else {
                guard let quote = try? Pricing.quote(cart: cart, coupons: chosen) else { return }
                if isBetter(quote, than: bestQuote) { bestQuote = quote }
                return
            }
            for candidate in slots[index] {
                if let candidate { chosen.append(candidate) }
                visit(index + 1)
                if candidate != nil { chosen.removeLast() }
            }
        }
        visit(0)
        return bestQuote
    }

    /// Lower total wins; then fewer coupons (keep the rest for later); then codes, for repeatability.
    static func isBetter(_ a: Quote, than b: Quote) -> Bool {
        if a.total != b.total { return a.total < b.total }
        if a.coupons.count != b.coupons.count { return a.coupons.count < b.coupons.count }
        return a.coupons.map(\.code).joined(separator: ",") < b.coupons.map(\.code).joined(separator: ",")
    }

    private static func saving(_ cart: Cart, _ coupon: Coupon) -> Int64 {
        (try? Pricing.quote(cart: cart, coupons: [coupon])).map {
            cart.subtotal + Pricing.shipping(afterDiscounts: cart.subtotal) - $0.total
        } ?? -1
    }
}
