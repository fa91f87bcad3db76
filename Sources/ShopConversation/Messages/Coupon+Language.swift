import Foundation
import ShopCommerce
import ShopIntents

extension Coupon {
    /// What the coupon takes off, in `lang`: "¥20.00 off over ¥199.00 at midea" / "满199减20（限美的官方旗舰店）".
    /// `storeName` is the store's name in `lang` (Chinese only: the English summary names the store by its id).
    /// `inParentheses`: the summary is itself written in （）, so the store follows a comma instead of
    /// another pair ("MIDEA20（满199减20，限美的官方旗舰店）").
    func summary(_ lang: Language, storeName: String? = nil, inParentheses: Bool = false) -> String {
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
        return store.map { inParentheses ? "\(what)，限\(storeName ?? $0)" : "\(what)（限\(storeName ?? $0)）" } ?? what
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

extension Coupon {
    /// A time as Chinese shoppers read it, in China Standard Time: "2026年1月8日 09:00".
    static func chineseDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)年\(parts.month ?? 0)月\(parts.day ?? 0)日 \(two(parts.hour)):\(two(parts.minute))"
    }
}
