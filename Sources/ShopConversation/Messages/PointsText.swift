import ShopCommerce
import ShopIntents

/// What the shop says about points, member tiers and the wallet.
enum PointsText: Phrasebook {
    /// The points balance and the member tier; `toNext` points more reach `next`.
    case balance(Int64, tier: MemberTier, next: MemberTier?, toNext: Int64)
    /// The wallet red envelopes are paid from.
    case wallet(Int64)
    /// Today's check-in: earned, the streak, the balance, and what tomorrow would bring.
    case checkedIn(CheckIn)

    func text(_ lang: Language) -> String {
        switch self {
        case .balance(let balance, let tier, let next, let toNext):
            let worth = Money.format(balance * Pricing.fenPerPoint)
            let upgrade =
                next.map {
                    lang.pick(" \(toNext) more points to \($0.rawValue).", "再攒\(toNext)积分就能升\(Self.tier($0, lang))。")
                } ?? ""
            return lang.pick(
                "You have \(balance) points (worth \(worth)). Member level: \(tier.rawValue).\(upgrade) You earn 1 point per yuan paid; 100 points pay ¥1 at checkout (\"use 500 points\").",
                "你有\(balance)积分（可抵\(worth)）。会员等级：\(Self.tier(tier, lang))。\(upgrade)每实付1元得1积分，结算时100积分抵¥1（说“用500积分”就能用）。")
        case .wallet(let balance):
            return lang.pick(
                "Your wallet holds \(Money.format(balance)); red envelopes are paid from it.",
                "你的钱包里有\(Money.format(balance))，发红包就从这里扣。")
        case .checkedIn(let checkIn) where checkIn.already:
            return lang.pick(
                "You've already checked in today (day \(checkIn.streak) in a row). Come back tomorrow for \(checkIn.tomorrow) points.",
                "今天已经签到过啦（连续第\(checkIn.streak)天）。明天再来签到可得\(checkIn.tomorrow)积分。")
        case .checkedIn(let checkIn):
            let days = checkIn.streak == 1 ? "day 1" : "day \(checkIn.streak) in a row"
            return lang.pick(
                "Checked in: +\(checkIn.points) points (\(days)). You have \(checkIn.balance) points. Tomorrow: +\(checkIn.tomorrow) if you keep the streak.",
                "签到成功：+\(checkIn.points)积分（连续第\(checkIn.streak)天），现有\(checkIn.balance)积分。明天继续签到可得\(checkIn.tomorrow)积分。")
        }
    }

    /// "gold" / "黄金会员".
    static func tier(_ tier: MemberTier, _ lang: Language) -> String {
        switch tier {
        case .silver: lang.pick(tier.rawValue, "白银会员")
        case .gold: lang.pick(tier.rawValue, "黄金会员")
        case .platinum: lang.pick(tier.rawValue, "铂金会员")
        }
    }

    static let samples: [PointsText] = [
        .balance(2999, tier: .gold, next: .platinum, toNext: 7001), .balance(318, tier: .silver, next: .gold, toNext: 1682),
        .balance(12000, tier: .platinum, next: nil, toNext: 0), .wallet(50000),
        .checkedIn(CheckIn(day: 20_454, streak: 1, points: 5, balance: 5, already: false)),
        .checkedIn(CheckIn(day: 20_459, streak: 6, points: 30, balance: 105, already: false)),
        .checkedIn(CheckIn(day: 20_459, streak: 6, points: 0, balance: 105, already: true)),
    ]
}
