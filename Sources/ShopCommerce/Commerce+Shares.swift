import Foundation

extension Commerce {
    /// At most this many shares a user may send in one day.
    public static let dailyShareLimit: Int64 = 20
    /// A share converts if its recipient buys the product within this long of opening it.
    public static let conversionWindow: TimeInterval = 7 * 86_400
    /// Points the sharer earns when a share converts.
    public static let shareReward: Int64 = 100

    /// Shares `sku` with `recipient` under `code`. Friends who muted marketing get it silently.
    public func share(sku: String, from sharer: String, to recipient: String, code: String) throws -> Share {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        let today = try tx.scalar("SELECT COUNT(*) FROM shares WHERE sharer = \(.text(sharer)) AND created_at >= \(.int(startOfDay))")
        guard today < Self.dailyShareLimit else { throw CommerceError.shareLimitReached(Self.dailyShareLimit) }
        let audience = try audience(of: recipient, from: sharer)
        guard !audience.isEmpty else { throw CommerceError.nobodyToReach(recipient) }
        try tx.execute(
            """
            INSERT INTO shares (code, sharer, sku, recipient, created_at, seq) VALUES (\(.text(code)), \(.text(sharer)), \
            \(.text(product.sku)), \(.text(recipient)), \(.int(timestamp)), (SELECT COALESCE(MAX(seq), 0) + 1 FROM shares))
            """)
        for user in audience {
            let silent = try isMuted(user)
            try tx.execute(
                """
                INSERT INTO share_deliveries (code, "user", silent) VALUES (\(.text(code)), \(.text(user)), \
                \(SQLValue(silent))) ON CONFLICT (code, "user") DO NOTHING
                """)
            // Moments are read in the feed; direct shares land in the inbox.
            if recipient != "moments" {
                try deliver(
                    to: user, kind: "share.received",
                    text: "\(sharer) shared \(product.name) (\(Money.format(product.price))) with you — say \"open share \(code)\".",
                    silent: silent, fields: [("code", .text(code)), ("sku", .text(product.sku)), ("from", .text(sharer))])
            }
        }
        return Share(code: code, sharer: sharer, sku: product.sku, recipient: recipient, createdAt: now, reached: audience.count)
    }

    /// Whether a share already has `code` (codes are unique in the store).
    public func shareCodeTaken(_ code: String) throws -> Bool {
        try tx.first("SELECT 1 FROM shares WHERE code = \(.text(code))") != nil
    }

    /// Opens a share the user received: by code, or the latest one from `sharer`.
    public func openShare(code: String?, from sharer: String?, user: String) throws -> Share {
        let row: SQLRow?
        if let code {
            row = try tx.first("SELECT s.* FROM shares s WHERE s.code = \(.text(code.uppercased()))")
            guard let row else { throw CommerceError.unknownShare(code.uppercased()) }
            let isOwn = try row.string("sharer") == user
            let delivered =
                try tx.first("SELECT 1 FROM share_deliveries WHERE code = \(.text(row.string("code"))) AND \"user\" = \(.text(user))")
                != nil
            guard isOwn || delivered else { throw CommerceError.notYourShare(try row.string("code")) }
        } else {
            var sql: SQL = "SELECT s.* FROM shares s JOIN share_deliveries d ON d.code = s.code WHERE d.\"user\" = \(.text(user))"
            if let sharer { sql += " AND s.sharer = \(.text(sharer))" }
            row = try tx.query(sql + " ORDER BY s.seq DESC LIMIT 1").first
            guard let row else { throw CommerceError.unknownShare(sharer.map { "from \($0)" } ?? "") }
            _ = row
        }
        let share = try Share(
            code: row!.string("code"), sharer: row!.string("sharer"), sku: row!.string("sku"), recipient: row!.string("recipient"),
            createdAt: Date(timeIntervalSince1970: TimeInterval(row!.int("created_at"))), reached: 0)
        try tx.execute(
            """
            UPDATE share_deliveries SET opened_at = \(.int(timestamp)) WHERE code = \(.text(share.code)) AND "user" = \
            \(.text(user)) AND opened_at IS NULL
            """)
        return share
    }

    /// After `order` is placed: each item the buyer opened a share of within the window converts
    /// that share (the latest opened), and its sharer earns the reward.
    func convertShares(order: Order) throws {
        let earliest = timestamp - Int64(Self.conversionWindow)
        for item in order.items {
            let row = try tx.first(
                """
                SELECT d.code, s.sharer FROM share_deliveries d JOIN shares s ON s.code = d.code
                WHERE d.user = \(.text(order.user)) AND s.sku = \(.text(item.sku)) AND d.opened_at IS NOT NULL AND d.opened_at >= \(.int(earliest)) AND d.converted_order IS NULL
                  AND s.sharer <> d.user
                ORDER BY d.opened_at DESC LIMIT 1
                """)
            guard let row else { continue }
            let sharer = try row.string("sharer")
            try tx.execute(
                """
                UPDATE share_deliveries SET converted_order = \(.int(order.id)), reward = \(.int(Self.shareReward)) WHERE \
                code = \(.text(row.string("code"))) AND "user" = \(.text(order.user))
                """)
            try tx.execute(
                """
                UPDATE users SET points = points + \(.int(Self.shareReward)), lifetime_points = lifetime_points + \
                \(.int(Self.shareReward)) WHERE name = \(.text(sharer))
                """)
            try deliver(
                to: sharer, kind: "share.converted",
                text: "\(order.user) bought \(item.name) from your share \(row.string("code")): you earned \(Self.shareReward) points.",
                fields: [
                    ("code", .text(row.string("code"))), ("sku", .text(item.sku)), ("buyer", .text(order.user)),
                    ("reward", .int(Self.shareReward)),
                ])
        }
    }

    public func shareStats(of user: String) throws -> ShareStats {
        let sent = try tx.scalar("SELECT COUNT(*) FROM shares WHERE sharer = \(.text(user))")
        let row = try tx.first(
            """
            SELECT COUNT(DISTINCT CASE WHEN d.opened_at IS NOT NULL THEN d.code || '/' || d.user END) AS opened,
                   COUNT(DISTINCT CASE WHEN d.converted_order IS NOT NULL THEN d.code || '/' || d.user END) AS converted,
                   COALESCE(SUM(d.reward), 0) AS rewards
            FROM share_deliveries d JOIN shares s ON s.code = d.code WHERE s.sharer = \(.text(user))
            """)
        return try ShareStats(
            sent: sent, opened: row?.int("opened") ?? 0, converted: row?.int("converted") ?? 0, rewards: row?.int("rewards") ?? 0)
    }

    public func inbox(of user: String, limit: Int = 20) throws -> [InboxItem] {
        try tx.query("SELECT * FROM inbox WHERE \"user\" = \(.text(user)) ORDER BY id DESC LIMIT \(.int(Int64(max(0, limit))))").map {
            try InboxItem(
                kind: $0.string("kind"), text: $0.string("text"), at: Date(timeIntervalSince1970: TimeInterval($0.int("at"))),
                silent: $0.int("silent") == 1, fields: InboxFields.decode($0.string("fields")))
        }
    }

    /// Friends' Moments posts and (where they allow it) purchases, newest first.
    public func feed(of user: String, limit: Int = 20) throws -> [(user: String, text: String, sku: String, at: Date)] {
        let rows = try tx.query(
            """
            SELECT * FROM (
              SELECT s.sharer AS who, 'shared' AS what, s.sku AS sku, s.created_at AS at, s.code AS code FROM shares s
                JOIN friendships f ON f.friend = s.sharer AND f.user = \(.text(user)) WHERE s.recipient = 'moments'
              UNION ALL
              SELECT o.user AS who, 'bought' AS what, i.sku AS sku, o.created_at AS at, '' AS code FROM orders o
                JOIN order_items i ON i.order_id = o.id JOIN friendships f ON f.friend = o.user AND f.user = \(.text(user))
                JOIN users u ON u.name = o.user WHERE u.share_purchases = 1 AND o.status <> 'cancelled'
            ) AS feed ORDER BY at DESC, who LIMIT \(.int(Int64(max(0, limit))))
            """)
        return try rows.map { row in
            let name = try product(sku: row.string("sku"))?.name ?? row.string("sku")
            let text =
                try row.string("what") == "shared"
                ? "\(try row.string("who")) posted \(name) to Moments (share \(try row.string("code")))"
                : "\(try row.string("who")) bought \(name)"
            return try (row.string("who"), text, row.string("sku"), Date(timeIntervalSince1970: TimeInterval(row.int("at"))))
        }
    }
}
