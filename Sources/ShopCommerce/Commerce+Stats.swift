extension Commerce {
    /// Kinds of events that are not something a user said.
    static let systemEvents: SQL = "('order', 'order_cancelled')"

    public func funnelStats() throws -> FunnelStats {
        func ratio(_ part: Int64, _ whole: Int64) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
        let known = try tx.scalar("SELECT COUNT(*) FROM users")
        let active = try tx.scalar("SELECT COUNT(DISTINCT \"user\") FROM events WHERE kind NOT IN \(Self.systemEvents)")
        let buyers = try tx.scalar("SELECT COUNT(DISTINCT \"user\") FROM orders")
        let sharers = try tx.scalar("SELECT COUNT(DISTINCT sharer) FROM shares")
        let shares = try tx.scalar("SELECT COUNT(*) FROM shares")
        let orders = try tx.scalar("SELECT COUNT(*) FROM orders WHERE status <> 'cancelled'")
        let converted = try tx.scalar("SELECT COUNT(DISTINCT code) FROM share_deliveries WHERE converted_order IS NOT NULL")
        let protected = try priceProtectionTotals()
        let returned = try returnTotals()
        let flash = try flashTotals()
        let bargained = try bargainTotals()
        return FunnelStats(
            knownUsers: known, users: active, openingRate: ratio(active, known), conversionRate: ratio(buyers, active),
            retentionD1: try retention(days: 1), retentionD7: try retention(days: 7), shareRate: ratio(sharers, active),
            shareConversionRate: ratio(converted, shares), orders: orders, shares: shares, checkInRetention: try checkInRetention(),
            checkInsToday: try checkInsToday(), priceProtectedLines: protected.lines, priceProtectionRefunds: protected.refunded,
            returnRate: ratio(returned.orders, orders), returns: returned.lines, returnRefunds: returned.refunded,
            flashSellThrough: ratio(flash.sold, flash.offered), flashSold: flash.sold,
            bargainCompletion: ratio(bargained.bought, bargained.started), bargains: bargained.started)
    }

    /// Of users whose first day is at least `days` ago, the share who came back exactly `days`
    /// days after it (days in China Standard Time).
    func retention(days: Int64) throws -> Double {
        let offset = Self.chinaOffset
        let today = chinaDay
        let row = try tx.first(
            """
            WITH active AS (
              SELECT "user", (at + \(.int(offset))) / 86400 AS day FROM events WHERE kind NOT IN \(Self.systemEvents) GROUP BY "user", day),
            cohort AS (SELECT "user", MIN(day) AS first FROM active GROUP BY "user")
            SELECT COUNT(*) AS eligible,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM active a WHERE a.user = c.user AND a.day = c.first + \(.int(days))) THEN 1 ELSE 0 END) AS returned
            FROM cohort c WHERE c.first + \(.int(days)) <= \(.int(today))
            """)
        let eligible = try row?.int("eligible") ?? 0
        return eligible == 0 ? 0 : Double(try row?.int("returned") ?? 0) / Double(eligible)
    }
}
