import ShopChat
import Testing

/// The picker against brute force: every subset of the user's coupons that the rules allow,
/// over random carts and coupon sets from a seeded generator.
@Suite struct CouponPickerPropertyTests {
    static let stores = ["mi", "midea", "uniqlo"]

    static func randomCase(seed: UInt64) -> (Cart, [Coupon]) {
        var random = SeededRandom(seed: seed)
        let lineCount = Int.random(in: 1...4, using: &random)
        let lines = (0..<lineCount).map { index in
            Cart.Line(
                product: Product(
                    sku: "P\(index)", name: "P\(index)", category: "c", store: stores.randomElement(using: &random)!,
                    price: Int64.random(in: 1...40_000, using: &random), stock: 99),
                quantity: Int64.random(in: 1...3, using: &random))
        }
        let couponCount = Int.random(in: 0...6, using: &random)
        let coupons = (0..<couponCount).map { index -> Coupon in
            let kind = Coupon.Kind.allCases.randomElement(using: &random)!
            let store = Bool.random(using: &random) ? nil : stores.randomElement(using: &random)
            return Coupon(
                code: "C\(index)", kind: kind, minSpend: Int64.random(in: 0...30_000, using: &random) / 100 * 100,
                off: Int64.random(in: 1...8_000, using: &random), pct: Int64.random(in: 50...99, using: &random), store: store)
        }
        return (Cart(lines: lines), coupons)
    }

    static func bruteForceBestTotal(_ cart: Cart, _ coupons: [Coupon]) -> Int64 {
        var best = Int64.max
        for mask in 0..<(1 << coupons.count) {
            let subset = coupons.indices.filter { mask & (1 << $0) != 0 }.map { coupons[$0] }
            if let quote = try? Pricing.quote(cart: cart, coupons: subset) { best = min(best, quote.total) }
        }
        return best
    }

    @Test(arguments: 0..<400)
    func pickerFindsTheCheapestValidCombination(seed: UInt64) throws {
        let (cart, coupons) = Self.randomCase(seed: seed)
        let picked = CouponPicker.best(cart: cart, from: coupons)
        #expect(picked.total == Self.bruteForceBestTotal(cart, coupons))
        // And the pick itself obeys the rules: pricing it again gives the same total.
        let chosen = picked.coupons.map { applied in coupons.first { $0.code == applied.code }! }
        #expect(try Pricing.quote(cart: cart, coupons: chosen).total == picked.total)
        #expect(picked.total >= 0)
    }
}
