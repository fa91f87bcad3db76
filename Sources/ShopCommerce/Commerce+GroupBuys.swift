import Foundation
import ShopText

extension Commerce {
    /// Starts a group buy of `sku`; the starter is its first member.
    public func startGroupBuy(sku: String, user: String) throws -> GroupBuy {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard product.stock > 0 else { throw CommerceError.outOfStock(name: product.name, nameZh: product.nameZh) }
        let id = try tx.query(
            """
            INSERT INTO group_buys (sku, starter, price, created_at, expires_at, status) VALUES (\(.text(product.sku)), \
            \(.text(user)), \(.int(product.groupPrice)), \(.int(timestamp)), \(.int(timestamp + Int64(GroupBuy.window))), \
            'open') RETURNING id
            """)[0].int("id")
        try tx.execute(
            """
            INSERT INTO group_buy_members (groupbuy, "user", joined_at, seq) VALUES (\(.int(id)), \(.text(user)), \
            \(.int(timestamp)), 0)
            """)
        return try groupBuy(id: id)
    }

    public func groupBuy(id: Int64) throws -> GroupBuy {
        guard let row = try tx.first("SELECT * FROM group_buys WHERE id = \(.int(id))") else {
            throw CommerceError.unknownGroupBuy("G\(id)")
        }
        let members = try tx.query("SELECT \"user\" FROM group_buy_members WHERE groupbuy = \(.int(id)) ORDER BY seq").map {
            try $0.string("user")
        }
        return try GroupBuy(
            id: id, sku: row.string("sku"), starter: row.string("starter"), price: row.int("price"), members: members,
            createdAt: Date(timeIntervalSince1970: TimeInterval(row.int("created_at"))),
            expiresAt: Date(timeIntervalSince1970: TimeInterval(row.int("expires_at"))), completed: row.string("status") == "completed")
    }

    /// The newest open group buy `user` could join (one a friend started, else any).
    public func joinableGroupBuy(for user: String) throws -> Int64? {
        try tx.first(
            """
            SELECT g.id FROM group_buys g WHERE g.status = 'open' AND g.expires_at > \(.int(timestamp))
              AND NOT EXISTS (SELECT 1 FROM group_buy_members m WHERE m.groupbuy = g.id AND m.user = \(.text(user)))
            ORDER BY EXISTS (SELECT 1 FROM friendships f WHERE f.user = \(.text(user)) AND f.friend = g.starter) DESC, g.id DESC LIMIT 1
            """)?.int("id")
    }

    /// Joins a group buy. The joiner who makes it full completes it: every member then buys one
    /// at the group price, in this same transaction.
    public func joinGroupBuy(id: Int64, user: String) throws -> GroupBuy {
        var group = try groupBuy(id: id)
        guard group.status(at: now) == .open else { throw CommerceError.groupBuyClosed(group.code) }
        guard !group.members.contains(user) else { throw CommerceError.alreadyJoined(group.code) }
        try tx.execute(
            """
            INSERT INTO group_buy_members (groupbuy, "user", joined_at, seq) VALUES (\(.int(id)), \(.text(user)), \
            \(.int(timestamp)), \(.int(Int64(group.members.count))))
            """)
        group.members.append(user)
        guard group.members.count >= GroupBuy.size else { return group }
        guard var product = try product(sku: group.sku) else { throw CommerceError.unknownProduct(group.sku) }
        product.price = group.price
        for member in group.members {
            let cart = Cart(lines: [Cart.Line(product: product, quantity: 1)])
            let quote = Quote(cart: cart, subtotal: group.price, discount: 0, shipping: 0, pointsUsed: 0, coupons: [])
            // Each member's order goes to their default address at the time the group fills.
            let order = try placeOrder(user: member, quote: quote, clearingCart: false, shipTo: defaultAddress(of: member))
            try tx.execute(
                """
                UPDATE group_buy_members SET order_id = \(.int(order.id)) WHERE groupbuy = \(.int(id)) AND "user" = \
                \(.text(member))
                """)
            try deliver(
                to: member, kind: "groupbuy.completed",
                text:
                    "Group buy \(group.code) is complete! You bought \(product.name) for \(Money.format(group.price)) (order \(order.id)).",
                fields: [
                    ("group", .text(group.code)), ("order", .int(order.id)), ("sku", .text(product.sku)), ("price", .int(group.price)),
                ])
        }
        try tx.execute("UPDATE group_buys SET status = 'completed' WHERE id = \(.int(id))")
        group.completed = true
        return group
    }
}
