import ShopCommerce
import ShopIntents

extension Coupon {
    /// What the coupon takes off, in `lang`: "¥20 off over ¥199 at midea" / "满199减20（midea店铺券）".
    func summary(_ lang: Language, storeName: String? = nil) -> String {
        guard lang == .zh else { return summary }
        let what: String
        switch kind {
        case .threshold, .fixed:
            what = minSpend > 0 ? "满\(Money.yuan(minSpend))减\(Money.yuan(off))" : "立减\(Money.yuan(off))元"
        case .percent:
            let tenths = pct % 10 == 0 ? "\(pct / 10)" : "\(pct / 10).\(pct % 10)"
            what = (minSpend > 0 ? "满\(Money.yuan(minSpend))" : "") + "打\(tenths)折"
        case .shipping:
            what = (minSpend > 0 ? "满\(Money.yuan(minSpend))" : "") + "免运费"
        }
        return store.map { "\(what)（限\(storeName ?? $0)）" } ?? what
    }
}

extension Money {
    /// Yuan without the sign and without ".00": 199, 12.9, 0.05 (Chinese coupon style, 满199减20).
    static func yuan(_ fen: Int64) -> String {
        let whole = fen / 100
        let cents = abs(fen % 100)
        if cents == 0 { return "\(whole)" }
        return cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }
}
