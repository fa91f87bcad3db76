import Foundation
import ShopCommerce
import ShopIntents

/// The funnel as `data.stats` and as a table with bars for people.
public enum StatsReport {
    public static func data(_ stats: FunnelStats) -> JSONValue {
        .object([
            "users": .int(stats.users), "opening_rate": .double(stats.openingRate), "conversion_rate": .double(stats.conversionRate),
            "retention_d1": .double(stats.retentionD1), "retention_d7": .double(stats.retentionD7), "share_rate": .double(stats.shareRate),
            "share_conversion_rate": .double(stats.shareConversionRate), "known_users": .int(stats.knownUsers),
            "orders": .int(stats.orders),
            "shares": .int(stats.shares),
            "checkin_retention": .double(stats.checkInRetention),
            "checkins_today": .int(stats.checkInsToday),
            "price_protected_lines": .int(stats.priceProtectedLines),
            "price_protection_refunds": .int(stats.priceProtectionRefunds),
            "return_rate": .double(stats.returnRate),
            "returns": .int(stats.returns),
            "return_refunds": .int(stats.returnRefunds),
            "flash_sell_through": .double(stats.flashSellThrough),
            "flash_sold": .int(stats.flashSold),
            "bargain_completion_rate": .double(stats.bargainCompletion),
            "bargains": .int(stats.bargains),
        ])
    }

    /// The report for people, in `lang`: a heading, then a row with a bar per figure.
    public static func text(_ stats: FunnelStats, lang: Language) -> String {
        let rates: [(FunnelFigure, Double)] = [
            (.opening, stats.openingRate), (.conversion, stats.conversionRate), (.retentionD1, stats.retentionD1),
            (.retentionD7, stats.retentionD7), (.share, stats.shareRate), (.shareConversion, stats.shareConversionRate),
            (.checkInRetention, stats.checkInRetention), (.returnRate, stats.returnRate),
            (.flashSellThrough, stats.flashSellThrough),
            (.bargainCompletion, stats.bargainCompletion),
        ]
        let heading = StatsText.heading(active: stats.users, known: stats.knownUsers, orders: stats.orders, shares: stats.shares)
        return ([heading] + rates.map { StatsText.row($0, rate: $1) }).map { $0.text(lang) }.joined(separator: "\n")
    }
}
