import Foundation
import ShopCommerce
import ShopIntents

/// What the shop says about coupons: the ones held, the ones on offer, claiming.
enum CouponText: Phrasebook {
    /// The coupons held (possibly none) and those the user could still claim.
    case list(held: [Held], claimable: [Coupon], stores: StoreNames)
    case claimed(Coupon, stores: StoreNames)
    /// Nothing to claim, anywhere or at the store named (as the turn's language names it).
    case noneToClaim(at: String?)
    /// Several coupons on offer: the user picks one.
    case offers([Coupon], stores: StoreNames)

    func text(_ lang: Language) -> String {
        switch self {
        case .list(let held, let claimable, let stores):
            var lines: [String] = []
            if held.isEmpty {
                lines.append(lang.pick("You have no coupons yet.", "你还没有优惠券。"))
            } else {
                lines.append(lang.pick("Your coupons:", "你的优惠券："))
                for entry in held {
                    lines.append(
                        "  • \(entry.coupon.code) — \(Self.summary(entry.coupon, stores, lang)) — \(Self.state(entry.state, lang))")
                }
            }
            if let first = claimable.first {
                lines.append(
                    lang.pick(
                        "You can claim: \(claimable.map { "\($0.code) (\($0.summary))" }.joined(separator: ", ")). Say \"claim \(first.code)\".",
                        "还可以领：\(claimable.map { "\($0.code)（\(Self.summary($0, stores, lang, inParentheses: true))）" }.joined(separator: "、"))。说“领\(first.code)”就能领。"
                    ))
            }
            return lines.joined(separator: "\n")
        case .claimed(let coupon, let stores):
            return lang.pick(
                "Claimed \(coupon.code): \(coupon.summary). It's applied at checkout when it saves you money.",
                "已领取\(coupon.code)：\(Self.summary(coupon, stores, lang))。结算时用得上就会自动帮你用。")
        case .noneToClaim(let store):
            return lang.pick(
                "There are no coupons for you to claim right now\(store.map { " at \($0)" } ?? "").",
                store.map { "\($0)现在没有你能领的券。" } ?? "现在没有你能领的券。")
        case .offers(let coupons, let stores):
            let lines = coupons.map { "  • \($0.code) — \(Self.summary($0, stores, lang))" }.joined(separator: "\n")
            return lang.pick(
                "Coupons you can claim:\n\(lines)\nSay \"claim \(coupons.first?.code ?? "")\" to take one.",
                "可以领的券：\n\(lines)\n说“领\(coupons.first?.code ?? "")”就能领一张。")
        }
    }

    static func summary(_ coupon: Coupon, _ stores: StoreNames, _ lang: Language, inParentheses: Bool = false) -> String {
        coupon.summary(lang, storeName: coupon.store.flatMap { stores[$0] }, inParentheses: inParentheses)
    }

    static func state(_ state: State, _ lang: Language) -> String {
        switch state {
        case .usedOn(let order): lang.pick("used on order \(order)", "已在订单\(order)中使用")
        case .expired: lang.pick("expired", "已过期")
        case .validUntil(let date): lang.pick("valid until \(ClockArgument.format(date))", "有效期至\(Coupon.chineseDate(date))")
        case .ready: lang.pick("ready to use", "可以使用")
        }
    }

    static var samples: [CouponText] {
        let save50 = Coupon(code: "SAVE50", kind: .threshold, minSpend: 30000, off: 5000)
        let midea20 = Coupon(code: "MIDEA20", kind: .threshold, minSpend: 19900, off: 2000, store: "midea")
        let hello5 = Coupon(code: "HELLO5", kind: .fixed, off: 500)
        let pct85 = Coupon(code: "PCT85", kind: .percent, pct: 85)
        let ship = Coupon(code: "FREESHIP", kind: .shipping, minSpend: 5000)
        let stores: StoreNames = ["midea": "美的官方旗舰店"]
        let week = Date(timeIntervalSince1970: 1_767_834_000) // 2026-01-08 09:00 in China
        return [
            .list(
                held: [
                    .init(coupon: save50, state: .usedOn(order: 1001)), .init(coupon: midea20, state: .validUntil(week)),
                    .init(coupon: pct85, state: .expired), .init(coupon: ship, state: .ready),
                ], claimable: [hello5, midea20], stores: stores),
            .list(held: [], claimable: [], stores: [:]), .list(held: [], claimable: [hello5], stores: [:]),
            .claimed(midea20, stores: stores), .claimed(hello5, stores: [:]),
            .noneToClaim(at: nil), .noneToClaim(at: "美的官方旗舰店"),
            .offers([hello5, midea20, pct85, ship], stores: stores),
        ]
    }
}

extension CouponText {
    /// Where a held coupon stands.
    enum State: Sendable {
        case usedOn(order: Int64)
        case expired
        case validUntil(Date)
        case ready
    }

    /// A coupon the user holds, and where it stands.
    struct Held: Sendable {
        var coupon: Coupon
        var state: State
    }

    /// Store ids → the names Chinese shoppers know them by, for store coupons ("限美的官方旗舰店").
    typealias StoreNames = [String: String]
}
