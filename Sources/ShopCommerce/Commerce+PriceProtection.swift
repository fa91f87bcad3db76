extension Commerce {
    /// How long after placing an order its lines are protected against a lower list price.
    public static let priceProtectionDays: Int64 = 7

    /// The lines of `user`'s orders placed in the last 7 days (only `order`, if given), not
    /// cancelled, not protected before and with nothing returned, whose product's list price is now below what they
    /// paid. A coupon or points never count: the rule is on the list price.
    public func priceDrops(user: String, order: Int64? = nil) throws -> [PriceDrop] {
        if let order, try tx.first("SELECT 1 FROM orders WHERE id = \(.int(order)) AND \"user\" = \(.text(user))") == nil {
            throw CommerceError.unknownOrder(order)
        }
        var sql: SQL = """
            SELECT oi.order_id, oi.sku, oi.name, p.name_zh, oi.quantity, oi.unit_price, p.price
            FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN products p ON p.sku = oi.sku
            WHERE o."user" = \(.text(user)) AND o.status <> 'cancelled' \
            AND o.created_at >= \(.int(timestamp - Self.priceProtectionDays * 86_400)) AND p.price < oi.unit_price
              AND NOT EXISTS (SELECT 1 FROM price_protections pp WHERE pp.order_id = oi.order_id AND pp.sku = oi.sku)
              AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = oi.order_id AND r.sku = oi.sku)
            """
        if let order { sql += " AND o.id = \(.int(order))" }
        return try tx.query(sql + " ORDER BY oi.order_id, oi.sku").map { row in
            try PriceDrop(
                order: row.checkedInt("order_id"), sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
                quantity: row.checkedInt("quantity", in: Limits.quantity), paid: row.checkedInt("unit_price", in: Limits.money),
                now: row.checkedInt("price", in: Limits.money))
        }
    }

    /// Refunds every price drop found now (the same as ``priceDrops(user:order:)``), once per
    /// line: a line refunded before is never found again, even by a turn racing this one on
    /// another instance (the second insert of a line is refused by its key and retried).
    public func protectPrices(user: String, order: Int64? = nil) throws -> [PriceDrop] {
        let drops = try priceDrops(user: user, order: order)
        for drop in drops {
            try tx.execute(
                """
                INSERT INTO price_protections (order_id, sku, "user", quantity, paid, price, refund, at) VALUES \
                (\(.int(drop.order)), \(.text(drop.sku)), \(.text(user)), \(.int(drop.quantity)), \(.int(drop.paid)), \
                \(.int(drop.now)), \(.int(drop.refund)), \(.int(timestamp)))
                """)
        }
        if !drops.isEmpty { try record("price_protection", user: user, detail: "\(drops.refund)") }
        return drops
    }

    /// Price-protection refunds made, and the fen they gave back (`/stats`).
    func priceProtectionTotals() throws -> (lines: Int64, refunded: Int64) {
        let row = try tx.first("SELECT COUNT(*) AS lines, COALESCE(SUM(refund), 0) AS refunded FROM price_protections")
        return try (row?.int("lines") ?? 0, row?.int("refunded") ?? 0)
    }
}
