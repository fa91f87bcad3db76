import Foundation

extension Commerce {
    /// Places the user's cart as an order: takes stock atomically, refusing (and changing
    /// nothing) if any item ran out, then clears the cart and credits points.
    public func placeOrder(user: String, quote: Quote, clearingCart: Bool = true, shipTo: Address? = nil) throws -> Order {
        guard !quote.cart.isEmpty else { throw CommerceError.emptyCart }
        for line in quote.cart.lines {
            let taken = try tx.query(
                """
                UPDATE products SET stock = stock - \(.int(line.quantity)), sales = sales + \(.int(line.quantity)) WHERE sku \
                = \(.text(line.product.sku)) AND stock >= \(.int(line.quantity)) RETURNING stock
                """)
            if taken.isEmpty {
                let left = try product(sku: line.product.sku)?.stock ?? 0
                if left == 0 { throw CommerceError.outOfStock(name: line.product.name, nameZh: line.product.nameZh) }
                throw CommerceError.notEnoughStock(name: line.product.name, available: left, nameZh: line.product.nameZh)
            }
        }
        if quote.pointsUsed > 0 {
            try spendPoints(user: user, points: quote.pointsUsed / Pricing.fenPerPoint)
        }
        let id = try tx.scalar("SELECT COALESCE(MAX(id), 1000) + 1 FROM orders")
        let order = Order(
            id: id, user: user, cancelled: false, subtotal: quote.subtotal, discount: quote.discount,
            shipping: quote.shipping, pointsUsed: quote.pointsUsed, total: quote.total, pointsEarned: quote.pointsEarned,
            coupons: quote.coupons.map(\.code), createdAt: Date(timeIntervalSince1970: TimeInterval(timestamp)),
            items: quote.cart.lines.map {
                Order.Item(
                    sku: $0.product.sku, name: $0.product.name, store: $0.product.store, quantity: $0.quantity, unitPrice: $0.product.price)
            }, shipTo: shipTo?.text, shipPhone: shipTo?.phone)
        try tx.execute(
            """
            INSERT INTO orders (id, "user", status, subtotal, discount, shipping, points_used, total, points_earned, \
            coupons, created_at, ship_to, ship_phone) VALUES (\(.int(id)), \(.text(user)), 'placed', \
            \(.int(order.subtotal)), \(.int(order.discount)), \(.int(order.shipping)), \(.int(order.pointsUsed)), \
            \(.int(order.total)), \(.int(order.pointsEarned)), \(.text(order.coupons.joined(separator: ","))), \
            \(.int(timestamp)), \(order.shipTo.map(SQLValue.text) ?? .null), \(order.shipPhone.map(SQLValue.text) ?? .null))
            """)
        for item in order.items {
            try tx.execute(
                """
                INSERT INTO order_items (order_id, sku, name, store, quantity, unit_price) VALUES (\(.int(id)), \
                \(.text(item.sku)), \(.text(item.name)), \(.text(item.store)), \(.int(item.quantity)), \
                \(.int(item.unitPrice)))
                """)
        }
        try useCoupons(order.coupons, user: user, order: id)
        if clearingCart { try clearCart(user: user) }
        try convertShares(order: order)
        try tx.execute(
            """
            UPDATE users SET points = points + \(.int(order.pointsEarned)), lifetime_points = lifetime_points + \
            \(.int(order.pointsEarned)) WHERE name = \(.text(user))
            """)
        notify(user, kind: "order.updated", fields: [("order", .int(order.id)), ("status", .text("placed")), ("total", .int(order.total))])
        return order
    }

    /// The user's orders, newest first; with `limit`, only that many (a long-time customer's
    /// history is read a page at a time, not whole on every turn).
    public func orders(of user: String, limit: Int? = nil) throws -> [Order] {
        // One statement text whatever the page, for the statement caches.
        let page = Int64(max(0, limit ?? Int(Int32.max)))
        return try tx.query("SELECT * FROM orders WHERE \"user\" = \(.text(user)) ORDER BY id DESC LIMIT \(.int(page))").map {
            try order(from: $0)
        }
    }

    /// How many orders the user has placed, cancelled ones included.
    public func orderCount(of user: String) throws -> Int64 {
        try tx.scalar("SELECT COUNT(*) FROM orders WHERE \"user\" = \(.text(user))")
    }

    public func order(id: Int64, user: String) throws -> Order {
        guard let row = try tx.first("SELECT * FROM orders WHERE id = \(.int(id)) AND \"user\" = \(.text(user))") else {
            throw CommerceError.unknownOrder(id)
        }
        return try order(from: row)
    }

    /// Cancels an order that has not shipped: stock, used points and coupons come back, and the
    /// points it earned are taken back.
    public func cancelOrder(id: Int64, user: String) throws -> Order {
        var order = try order(id: id, user: user)
        switch order.status(at: now) {
        case .cancelled: throw CommerceError.orderAlreadyCancelled(id)
        case .shipped, .delivered: throw CommerceError.orderAlreadyShipped(id)
        case .placed: break
        }
        for item in order.items {
            // Stock stays within its limit; SQLite would store an overflowing sum as a REAL.
            let restocked = try tx.query(
                """
                UPDATE products SET stock = stock + \(.int(item.quantity)), sales = CASE WHEN sales > \(.int(item.quantity)) \
                THEN sales - \(.int(item.quantity)) ELSE 0 END WHERE sku = \(.text(item.sku)) AND stock <= \
                \(.int(Limits.stock.upperBound - item.quantity)) RETURNING stock
                """)
            if restocked.isEmpty, try product(sku: item.sku) != nil {
                throw CommerceError.outOfRange(what: "stock", range: Limits.stock)
            }
        }
        let balance = try tx.scalar("SELECT points FROM users WHERE name = \(.text(user))")
        let refunded = order.pointsUsed / Pricing.fenPerPoint
        // Earned points already spent cannot be taken back twice; the balance stops at zero.
        let newBalance = max(0, balance + refunded - order.pointsEarned)
        try tx.execute(
            """
            UPDATE users SET points = \(.int(newBalance)), lifetime_points = CASE WHEN lifetime_points > \
            \(.int(order.pointsEarned)) THEN lifetime_points - \(.int(order.pointsEarned)) ELSE 0 END WHERE name = \
            \(.text(user))
            """)
        try releaseCoupons(order: id)
        try tx.execute("UPDATE orders SET status = 'cancelled', cancelled_at = \(.int(timestamp)) WHERE id = \(.int(id))")
        order.cancelled = true
        notify(user, kind: "order.updated", fields: [("order", .int(id)), ("status", .text("cancelled")), ("total", .int(order.total))])
        return order
    }

    private func order(from row: SQLRow) throws -> Order {
        let id = try row.int("id")
        let items = try tx.query("SELECT * FROM order_items WHERE order_id = \(.int(id)) ORDER BY sku").map {
            try Order.Item(
                sku: $0.string("sku"), name: $0.string("name"), store: $0.string("store"), quantity: $0.int("quantity"),
                unitPrice: $0.int("unit_price"))
        }
        return try Order(
            id: id, user: row.string("user"), cancelled: row.string("status") == "cancelled", subtotal: row.int("subtotal"),
            discount: row.int("discount"), shipping: row.int("shipping"), pointsUsed: row.int("points_used"),
            total: row.int("total"), pointsEarned: row.int("points_earned"),
            coupons: row.string("coupons").split(separator: ",").map(String.init),
            createdAt: Date(timeIntervalSince1970: TimeInterval(row.int("created_at"))), items: items,
            shipTo: row.optionalString("ship_to"), shipPhone: row.optionalString("ship_phone"))
    }
}
