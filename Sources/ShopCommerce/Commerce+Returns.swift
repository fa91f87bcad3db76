import Foundation
import ShopText

extension Commerce {
    /// A line of a delivered order that may be returned now, and how many of its units.
    public struct ReturnableLine: Sendable, Equatable {
        public var order: Int64
        public var sku: String
        public var name: String
        public var nameZh: String
        public var quantity: Int64
        public var left: Int64
        /// When the 7 days after delivery end.
        public var closesAt: Int64

        public init(order: Int64, sku: String, name: String, nameZh: String, quantity: Int64, left: Int64, closesAt: Int64) {
            (self.order, self.sku, self.name, self.nameZh) = (order, sku, name, nameZh)
            (self.quantity, self.left, self.closesAt) = (quantity, left, closesAt)
        }
    }

    /// What a return would give back, before it is made.
    public struct ReturnQuote: Sendable, Equatable {
        public var order: Int64
        public var sku: String
        public var name: String
        public var nameZh: String
        public var quantity: Int64
        public var refund: Int64
        public var pointsBack: Int64
        /// The points the units earned; what is taken is at most the balance (see OrderReturn).
        public var pointsEarned: Int64
        public var couponsBack: [String]

        public init(
            order: Int64, sku: String, name: String, nameZh: String, quantity: Int64, refund: Int64, pointsBack: Int64, pointsEarned: Int64,
            couponsBack: [String]
        ) {
            (self.order, self.sku, self.name, self.nameZh, self.quantity) = (order, sku, name, nameZh, quantity)
            (self.refund, self.pointsBack, self.pointsEarned, self.couponsBack) = (refund, pointsBack, pointsEarned, couponsBack)
        }
    }

    static let returnWindow = OrderReturn.windowDays * 86_400
    static let deliveredAfter = Int64(Order.deliveredAfter)

    /// The user's order lines delivered within the last 7 days with units left to return,
    /// newest order first.
    public func returnableLines(user: String) throws -> [ReturnableLine] {
        let deliveredBy = timestamp - Self.deliveredAfter
        return try tx.query(
            """
            SELECT oi.order_id, oi.sku, oi.name, COALESCE(p.name_zh, '') AS name_zh, oi.quantity, o.created_at,
                   COALESCE((SELECT SUM(r.quantity) FROM returns r WHERE r.order_id = oi.order_id AND r.sku = oi.sku), 0) AS returned
            FROM order_items oi JOIN orders o ON o.id = oi.order_id LEFT JOIN products p ON p.sku = oi.sku
            WHERE o.user = \(.text(user)) AND o.status <> 'cancelled' AND o.created_at <= \(.int(deliveredBy)) AND o.created_at > \(.int(deliveredBy - Self.returnWindow))
            ORDER BY oi.order_id DESC, oi.sku
            """
        ).compactMap { row in
            let quantity = try row.checkedInt("quantity", in: Limits.quantity)
            let left = quantity - (try row.checkedInt("returned", in: 0...quantity))
            guard left > 0 else { return nil }
            return try ReturnableLine(
                order: row.checkedInt("order_id"), sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
                quantity: quantity, left: left, closesAt: row.checkedInt("created_at") + Self.deliveredAfter + Self.returnWindow)
        }
    }

    /// The user's most recent order line of `sku` (any status), to say why it can't be returned.
    public func latestOrder(user: String, with sku: String) throws -> Int64? {
        try tx.first(
            """
            SELECT o.id FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.user = \(.text(user)) AND oi.sku = \
            \(.text(sku)) ORDER BY o.id DESC LIMIT 1
            """)?.int("id")
    }

    /// What returning `quantity` units of the line of `sku` in `order` gives back (PROTOCOL.md
    /// §9): the units' part of what the line paid, less any price-protection refund on it; the
    /// points used for them back, the points earned on them taken back; the coupons only when
    /// the return completes the whole order. Throws ``ReturnRefusal`` when the rules say no.
    public func returnQuote(user: String, order id: Int64, sku: String, quantity: Int64) throws -> ReturnQuote {
        guard Limits.quantity.contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
        let order = try order(id: id, user: user)
        let deliveredAt = Int64(order.createdAt.timeIntervalSince1970) + Self.deliveredAfter
        switch order.status(at: now) {
        case .cancelled: throw CommerceError.returnRefused(.cancelled(order: id))
        case .placed: throw CommerceError.returnRefused(.notShipped(order: id))
        case .shipped: throw CommerceError.returnRefused(.notDelivered(order: id, deliveredAt: deliveredAt))
        case .delivered:
            if timestamp >= deliveredAt + Self.returnWindow {
                throw CommerceError.returnRefused(.windowClosed(order: id, closedAt: deliveredAt + Self.returnWindow))
            }
        }
        guard let index = order.items.firstIndex(where: { $0.sku == sku }) else {
            throw CommerceError.returnRefused(.notInOrder(order: id))
        }
        let item = order.items[index]
        var returned: [String: Int64] = [:]
        for row in try tx.query("SELECT sku, SUM(quantity) AS units FROM returns WHERE order_id = \(.int(id)) GROUP BY sku") {
            try returned[row.string("sku")] = row.checkedInt("units", in: 0...Limits.quantity.upperBound)
        }
        let nameZh = try product(sku: sku)?.nameZh ?? ""
        let before = returned[sku] ?? 0
        let left = item.quantity - before
        guard left > 0 else { throw CommerceError.returnRefused(.alreadyReturned(order: id, name: item.name, nameZh: nameZh)) }
        guard quantity <= left else { throw CommerceError.returnRefused(.tooMany(left: left, name: item.name, nameZh: nameZh)) }
        let shares = OrderShares(order)
        let protected = try tx.first("SELECT refund FROM price_protections WHERE order_id = \(.int(id)) AND sku = \(.text(sku))")
        let paid = max(0, shares.cash[index] - (try protected?.checkedInt("refund", in: 0...Int64.max) ?? 0))
        let whole = returned.values.reduce(quantity, +) == order.items.reduce(0) { $0 + $1.quantity }
        var coupons: [String] = []
        if whole, !order.coupons.isEmpty {
            coupons = try order.coupons.filter { code in
                guard let coupon = try self.coupon(code: code) else { return false }
                return !coupon.isExpired(at: now)
            }
        }
        return ReturnQuote(
            order: id, sku: sku, name: item.name, nameZh: nameZh, quantity: quantity,
            refund: OrderShares.part(of: paid, quantity: item.quantity, returned: before, units: quantity),
            pointsBack: OrderShares.part(of: shares.pointsUsed[index], quantity: item.quantity, returned: before, units: quantity),
            pointsEarned: OrderShares.part(of: shares.pointsEarned[index], quantity: item.quantity, returned: before, units: quantity),
            couponsBack: coupons)
    }

    /// Makes the return ``returnQuote(user:order:sku:quantity:)`` describes, in this transaction:
    /// the stock comes back, points move, coupons come back with a whole order, and the refund is
    /// booked (made a day later, see ``OrderReturn/status(at:)``). A racing return of the same
    /// units finds them returned.
    public func requestReturn(
        user: String, order id: Int64, sku: String, quantity: Int64, reason: OrderReturn.Reason, note: String = ""
    ) throws -> OrderReturn {
        let quote = try returnQuote(user: user, order: id, sku: sku, quantity: quantity)
        let restocked = try tx.query(
            """
            UPDATE products SET stock = stock + \(.int(quantity)), sales = CASE WHEN sales > \(.int(quantity)) THEN sales - \
            \(.int(quantity)) ELSE 0 END WHERE sku = \(.text(sku)) AND stock <= \(.int(Limits.stock.upperBound - quantity)) \
            RETURNING stock
            """)
        if restocked.isEmpty, try product(sku: sku) != nil { throw CommerceError.outOfRange(what: "stock", range: Limits.stock) }
        let balance = try tx.scalar("SELECT points FROM users WHERE name = \(.text(user))")
        // Earned points already spent can't be taken twice: the balance stops at zero.
        let taken = min(quote.pointsEarned, balance + quote.pointsBack)
        try tx.execute(
            """
            UPDATE users SET points = \(.int(balance + quote.pointsBack - taken)), lifetime_points = CASE WHEN \
            lifetime_points > \(.int(quote.pointsEarned)) THEN lifetime_points - \(.int(quote.pointsEarned)) ELSE 0 END \
            WHERE name = \(.text(user))
            """)
        if !quote.couponsBack.isEmpty { try releaseCoupons(order: id) }
        let returnID = try tx.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM returns")
        let kept = String(note.prefix(200))
        try tx.execute(
            """
            INSERT INTO returns (id, order_id, sku, "user", quantity, refund, points_back, points_taken, coupons, reason, note, requested_at)
            VALUES (\(.int(returnID)), \(.int(id)), \(.text(sku)), \(.text(user)), \(.int(quantity)), \(.int(quote.refund)), \(.int(quote.pointsBack)), \(.int(taken)), \(.text(quote.couponsBack.joined(separator: ","))), \(.text(reason.rawValue)), \(.text(kept)), \(.int(timestamp)))
            """)
        try record("order_return", user: user, detail: "\(id) \(sku) \(quantity)")
        return OrderReturn(
            id: returnID, order: id, sku: sku, name: quote.name, nameZh: quote.nameZh, quantity: quantity, refund: quote.refund,
            pointsBack: quote.pointsBack, pointsTaken: taken, couponsBack: quote.couponsBack, reason: reason, note: kept,
            requestedAt: timestamp)
    }

    /// The returns of one of the user's orders, oldest first.
    public func returns(order id: Int64, user: String) throws -> [OrderReturn] {
        try tx.query(
            """
            SELECT r.*, COALESCE(p.name_zh, '') AS name_zh, oi.name FROM returns r
            JOIN order_items oi ON oi.order_id = r.order_id AND oi.sku = r.sku LEFT JOIN products p ON p.sku = r.sku
            WHERE r.order_id = \(.int(id)) AND r.user = \(.text(user)) ORDER BY r.id
            """
        ).map { row in
            try OrderReturn(
                id: row.checkedInt("id"), order: id, sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
                quantity: row.checkedInt("quantity", in: Limits.quantity), refund: row.checkedInt("refund", in: 0...Int64.max),
                pointsBack: row.checkedInt("points_back"), pointsTaken: row.checkedInt("points_taken"),
                couponsBack: row.string("coupons").split(separator: ",").map(String.init),
                reason: OrderReturn.Reason(rawValue: row.string("reason")) ?? .other, note: row.string("note"),
                requestedAt: row.checkedInt("requested_at"))
        }
    }

    /// Return lines made, fen refunded, and orders with a return (`/stats`).
    func returnTotals() throws -> (lines: Int64, refunded: Int64, orders: Int64) {
        let row = try tx.first(
            """
            SELECT COUNT(*) AS lines, COALESCE(SUM(refund), 0) AS refunded, COUNT(DISTINCT order_id) AS orders FROM returns
            """)
        return try (row?.int("lines") ?? 0, row?.int("refunded") ?? 0, row?.int("orders") ?? 0)
    }
}
