import Foundation
import ShopCommerce

/// The funnel as `data.stats` and as a table with bars for people.
public enum StatsReport {
    public static func data(_ stats: FunnelStats) -> JSONValue {
        .object([
            "users": .int(stats.users), "opening_rate": .double(stats.openingRate), "conversion_rate": .double(stats.conversionRate),
            "retention_d1": .double(stats.retentionD1), "retention_d7": .double(stats.retentionD7), "share_rate": .double(stats.shareRate),
            "share_conversion_rate": .double(stats.shareConversionRate), "known_users": .int(stats.knownUsers), "orders": .int(stats.orders),
            "shares": .int(stats.shares),
        ])
    }

    public static func text(_ stats: FunnelStats) -> String {
        let rows: [(String, Double)] = [
            ("opening", stats.openingRate), ("conversion", stats.conversionRate), ("retention D1", stats.retentionD1),
            ("retention D7", stats.retentionD7), ("share", stats.shareRate), ("share conversion", stats.shareConversionRate),
        ]
        var lines = ["Entrance funnel: \(stats.users) active of \(stats.knownUsers) known users, \(stats.orders) orders, \(stats.shares) shares"]
        for (name, rate) in rows {
            let percent = (rate * 1000).rounded() / 10
            let bar = String(repeating: "█", count: Int((rate * 20).rounded()))
            lines.append("  \(name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", percent))%  \(bar)")
        }
        return lines.joined(separator: "\n")
    }
}
