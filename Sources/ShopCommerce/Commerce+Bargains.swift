import ShopText

extension Commerce {
    /// `/bargain SKU FEN`: the lowest price friends can cut `sku` to (0 ends bargains on it).
    public func setBargainFloor(sku: String, to floor: Int64) throws -> Product {
        guard floor == 0 || Limits.money.contains(floor) else { throw CommerceError.outOfRange(what: "price", range: Limits.money) }
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard floor < product.price else { throw CommerceError.bargainRefused(.floorNotBelowList(list: product.price)) }
        if floor == 0 {
            try tx.execute("DELETE FROM bargain_floors WHERE sku = \(.text(sku))")
        } else {
            try tx.execute(
                """
                INSERT INTO bargain_floors (sku, floor) VALUES (\(.text(sku)), \(.int(floor))) ON CONFLICT (sku) DO UPDATE \
                SET floor = excluded.floor
                """)
        }
        return product
    }

    /// Products friends can bargain for (a floor is set), at most `limit`.
    public func bargainProducts(limit: Int = 200) throws -> [Product] {
        let skus = try tx.query("SELECT sku FROM bargain_floors ORDER BY sku LIMIT \(.int(Int64(limit)))").map { try $0.string("sku") }
        return try products(skus: skus)
    }

    /// Starts a bargain on one unit of `sku` at its list price, or returns the starter's open one
    /// on it. At most 20 started per China day.
    public func startBargain(user: String, sku: String) throws -> Bargain {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard let floor = try tx.first("SELECT floor FROM bargain_floors WHERE sku = \(.text(sku))")?.int("floor"), floor < product.price
        else { throw CommerceError.bargainRefused(.notABargainProduct(name: product.name, nameZh: product.nameZh)) }
        if let open = try tx.first(
            """
            SELECT id FROM bargains WHERE starter = \(.text(user)) AND sku = \(.text(sku)) AND order_id IS NULL AND \
            expires_at > \(.int(timestamp)) ORDER BY id DESC LIMIT 1
            """)
        {
            return try bargain(id: open.int("id"))
        }
        let today = try tx.scalar("SELECT COUNT(*) FROM bargains WHERE starter = \(.text(user)) AND day = \(.int(chinaDay))")
        guard today < Bargain.dailyLimit else { throw CommerceError.bargainRefused(.dailyLimit(Bargain.dailyLimit)) }
        let id = try tx.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM bargains")
        try tx.execute(
            """
            INSERT INTO bargains (id, sku, starter, list_price, floor, price, created_at, expires_at, day)
            VALUES (\(.int(id)), \(.text(sku)), \(.text(user)), \(.int(product.price)), \(.int(floor)), \(.int(product.price)), \(.int(timestamp)), \(.int(timestamp + Bargain.window)), \(.int(chinaDay)))
            """)
        try record("bargain_start", user: user, detail: String(id))
        return try bargain(id: id)
    }

    /// `user` cuts bargain `id` once: only a friend of its starter, while it is open and above
    /// its floor. The cut is taken from the price atomically, so cuts always add up to the drop.
    public func cutBargain(id: Int64, user: String, random: inout some RandomNumberGenerator) throws -> (Bargain, Int64) {
        let bargain = try bargain(id: id)
        switch bargain.status(at: timestamp) {
        case .bought: throw CommerceError.bargainRefused(.alreadyBought(bargain.code, order: bargain.order ?? 0))
        case .expired: throw CommerceError.bargainRefused(.expired(bargain.code))
        case .open: break
        }
        guard bargain.starter != user else { throw CommerceError.bargainRefused(.ownBargain) }
        guard try areFriends(bargain.starter, user) else { throw CommerceError.bargainRefused(.notAFriend(starter: bargain.starter)) }
        guard !bargain.cuts.contains(where: { $0.user == user }) else { throw CommerceError.bargainRefused(.alreadyCut(bargain.code)) }
        let amount = Bargain.cut(price: bargain.price, floor: bargain.floor, using: &random)
        guard amount > 0,
            try !tx.query(
                """
                UPDATE bargains SET price = price - \(.int(amount)) WHERE id = \(.int(id)) AND price - \(.int(amount)) >= \
                floor RETURNING price
                """
            ).isEmpty
        else { throw CommerceError.bargainRefused(.atFloor(bargain.code)) }
        try tx.execute(
            """
            INSERT INTO bargain_cuts (bargain, "user", amount, at) VALUES (\(.int(id)), \(.text(user)), \(.int(amount)), \
            \(.int(timestamp)))
            """)
        try record("bargain_cut", user: user, detail: String(id))
        let after = try self.bargain(id: id)
        // The starter hears of each cut: their own bargain, not marketing.
        try deliver(
            to: after.starter, kind: "bargain.cut",
            text: "\(user) cut \(Money.format(amount)) off your bargain \(after.code) (\(after.name)): now \(Money.format(after.price)).",
            fields: [
                ("bargain", .text(after.code)), ("from", .text(user)), ("sku", .text(after.sku)), ("amount", .int(amount)),
                ("price", .int(after.price)),
            ])
        return (after, amount)
    }

    /// The starter buys the unit at the price reached, once, within the window. The order is
    /// placed as any other: the product's stock, shipping from ¥99, points earned.
    public func buyBargain(id: Int64, user: String, shipTo: Address? = nil) throws -> (Bargain, Order) {
        let bargain = try checkBargainBuy(id: id, user: user)
        let order = try placeOrder(
            user: user, quote: oneUnitQuote(sku: bargain.sku, price: bargain.price), clearingCart: false, shipTo: shipTo)
        // Once: a racing second buy finds the order set and rolls back with its own.
        guard
            try !tx.query("UPDATE bargains SET order_id = \(.int(order.id)) WHERE id = \(.int(id)) AND order_id IS NULL RETURNING id")
                .isEmpty
        else { throw CommerceError.bargainRefused(.alreadyBought(bargain.code, order: 0)) }
        return (try self.bargain(id: id), order)
    }

    /// The refusals ``buyBargain(id:user:)`` would give now, for a preview.
    @discardableResult
    public func checkBargainBuy(id: Int64, user: String) throws -> Bargain {
        let bargain = try bargain(id: id)
        guard bargain.starter == user else { throw CommerceError.bargainRefused(.notYours(bargain.code)) }
        switch bargain.status(at: timestamp) {
        case .bought: throw CommerceError.bargainRefused(.alreadyBought(bargain.code, order: bargain.order ?? 0))
        case .expired: throw CommerceError.bargainRefused(.expired(bargain.code))
        case .open: return bargain
        }
    }

    /// The user's latest bargain (any status), for "buy it at the bargain price".
    public func latestBargain(of user: String) throws -> Bargain? {
        guard let row = try tx.first("SELECT id FROM bargains WHERE starter = \(.text(user)) ORDER BY id DESC LIMIT 1") else { return nil }
        return try bargain(id: row.int("id"))
    }

    /// The bargain `user` last started or cut: "再砍一刀" with no code means the one just cut.
    public func latestBargainTouched(by user: String) throws -> Bargain? {
        guard
            let row = try tx.first(
                """
                SELECT id, created_at AS at FROM bargains WHERE starter = \(.text(user))
                UNION ALL SELECT bargain, at FROM bargain_cuts WHERE "user" = \(.text(user)) ORDER BY at DESC LIMIT 1
                """)
        else { return nil }
        return try bargain(id: row.int("id"))
    }

    public func bargain(id: Int64) throws -> Bargain {
        guard
            let row = try tx.first(
                """
                SELECT b.*, p.name, p.name_zh FROM bargains b LEFT JOIN products p ON p.sku = b.sku WHERE b.id = \(.int(id))
                """)
        else { throw CommerceError.bargainRefused(.unknown("B\(id)")) }
        let cuts = try tx.query("SELECT \"user\", amount FROM bargain_cuts WHERE bargain = \(.int(id)) ORDER BY at, \"user\"").map {
            try Bargain.Cut(user: $0.string("user"), amount: $0.checkedInt("amount", in: 1...Limits.money.upperBound))
        }
        return try Bargain(
            id: id, sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"), starter: row.string("starter"),
            listPrice: row.checkedInt("list_price", in: Limits.money), floor: row.checkedInt("floor", in: Limits.money),
            price: row.checkedInt("price", in: Limits.money), createdAt: row.checkedInt("created_at"),
            expiresAt: row.checkedInt("expires_at"), order: row.optionalInt("order_id"), cuts: cuts)
    }

    /// Bargains started and bought (`/stats` completion rate).
    func bargainTotals() throws -> (started: Int64, bought: Int64) {
        let row = try tx.first("SELECT COUNT(*) AS started, COUNT(order_id) AS bought FROM bargains")
        return try (row?.int("started") ?? 0, row?.int("bought") ?? 0)
    }
}
