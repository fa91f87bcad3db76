import Foundation
import ShopIntents

/// The operator's funnel report (`/stats`, `shopchat stats`): a heading, then one row with a bar
/// per figure. Numbers and percentages read the same in both languages.
enum StatsText: Phrasebook {
    case heading(active: Int64, known: Int64, orders: Int64, shares: Int64)
    case row(FunnelFigure, rate: Double)

    func text(_ lang: Language) -> String {
        switch self {
        case .heading(let active, let known, let orders, let shares):
            lang.pick(
                "Entrance funnel: \(active) active of \(known) known users, \(orders) orders, \(shares) shares",
                "入口漏斗：活跃用户\(active)人（已知用户\(known)人），\(orders)个订单，\(shares)次分享")
        case .row(let figure, let rate):
            lang.pick(
                "  \(figure.name(lang).padding(toLength: 17, withPad: " ", startingAt: 0)) \(Self.percent(rate))  \(Self.bar(rate))",
                "  \(figure.name(lang).padded(toWidth: 10)) \(Self.percent(rate))  \(Self.bar(rate))")
        }
    }

    /// " 33.3%": one decimal, right-aligned in five columns.
    static func percent(_ rate: Double) -> String {
        String(format: "%5.1f", (rate * 1000).rounded() / 10) + "%"
    }

    /// One block per 5%.
    static func bar(_ rate: Double) -> String {
        String(repeating: "█", count: Int((rate * 20).rounded()))
    }

    static var samples: [StatsText] {
        [.heading(active: 3, known: 5, orders: 2, shares: 1)]
            + zip(FunnelFigure.allCases, [0.6, 1.0 / 3, 0.5, 0, 1.0 / 3, 1, 0.25, 0.1, 0.9, 0.4]).map { StatsText.row($0, rate: $1) }
    }
}

/// The figures of the funnel, in the order the report shows them.
enum FunnelFigure: CaseIterable, Sendable {
    case opening, conversion, retentionD1, retentionD7, share, shareConversion, checkInRetention, returnRate, flashSellThrough,
        bargainCompletion

    func name(_ lang: Language) -> String {
        switch self {
        case .opening: lang.pick("opening", "打开率")
        case .conversion: lang.pick("conversion", "转化率")
        case .retentionD1: lang.pick("retention D1", "次日留存率")
        case .retentionD7: lang.pick("retention D7", "7日留存率")
        case .share: lang.pick("share", "分享率")
        case .shareConversion: lang.pick("share conversion", "分享转化率")
        case .checkInRetention: lang.pick("check-in D1", "签到留存率")
        case .returnRate: lang.pick("return rate", "退货率")
        case .flashSellThrough: lang.pick("flash sell-thru", "秒杀售罄率")
        case .bargainCompletion: lang.pick("bargains bought", "砍价成交率")
        }
    }
}
