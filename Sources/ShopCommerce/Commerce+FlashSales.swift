import ShopText

extension Commerce {
    /// `/flash SKU PRICE STOCK START END`: a sale of `stock` units at `price` (below the list
    /// price, within the product's stock), from `start` until `end` (at most a week, starting
    /// within 30 days). Every number is range-checked before it is stored.
    public func createFlashSale(sku: String, price: Int64, stock: Int64, start: Int64, end: Int64) throws -> FlashSale {
        guard Limits.money.contains(price) else { throw CommerceError.outOfRange(what: "price", range: Limits.money) }
        guard Limits.stock.contains(stock), stock > 0 else {
            throw CommerceError.outOfRange(what: "stock", range: 1...Limits.stock.upperBound)
        }
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard price < product.price else { throw CommerceError.flashRefused(.priceNotBelowList(list: product.price)) }
        guard stock <= product.stock else { throw CommerceError.flashRefused(.moreThanStock(product.stock)) }
        guard end > start, end > timestamp, end - start <= FlashSale.longest, start - timestamp <= FlashSale.furthestStart else {
            throw CommerceError.flashRefused(.badWindow)
        }
        let id = try tx.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM flash_sales")
        try tx.execute(
            """
            INSERT INTO flash_sales (id, sku, price, stock, sold, starts_at, ends_at, created_at) VALUES (\(.int(id)), \
            \(.text(sku)), \(.int(price)), \(.int(stock)), 0, \(.int(start)), \(.int(end)), \(.int(timestamp)))
            """)
        return FlashSale(
            id: id, sku: sku, name: product.name, nameZh: product.nameZh, listPrice: product.price, price: price, stock: stock, sold: 0,
            startsAt: start, endsAt: end)
    }

    /// Sales on now, then those starting within a day, soonest first.
    public func flashSales() throws -> [FlashSale] {
        try tx.query(
            """
            SELECT f.*, p.name, p.name_zh, p.price AS list_price FROM flash_sales f JOIN products p ON p.sku = f.sku
            WHERE f.ends_at > \(.int(timestamp)) AND f.starts_at <= \(.int(timestamp + 86_400)) ORDER BY f.starts_at, f.id
            """
        ).map(flashSale(from:))
    }

    /// The sale `id`, whatever its window.
    public func flashSale(id: Int64) throws -> FlashSale? {
        try tx.first(
            """
            SELECT f.*, p.name, p.name_zh, p.price AS list_price FROM flash_sales f JOIN products p ON p.sku = f.sku WHERE \
            f.id = \(.int(id))
            """
        ).map(flashSale(from:))
    }

    /// The refusals ``buyFlash(user:sale:)`` would give now, without buying (for a preview).
    public func checkFlashBuy(user: String, sale: FlashSale) throws {
        guard timestamp >= sale.startsAt else { throw CommerceError.flashRefused(.notStarted(startsAt: sale.startsAt)) }
        guard timestamp < sale.endsAt else { throw CommerceError.flashRefused(.ended) }
        if let bought = try tx.first("SELECT order_id FROM flash_buyers WHERE sale = \(.int(sale.id)) AND \"user\" = \(.text(user))") {
            throw CommerceError.flashRefused(.alreadyBought(order: try bought.int("order_id")))
        }
        guard sale.left > 0 else { throw CommerceError.flashRefused(.soldOut) }
    }

    /// Buys one unit at the flash price, in this transaction: refused before the window, after
    /// it, when the flash stock is gone, or for a second unit. The order is placed as any other
    /// (the product's stock, shipping from ¥99, points earned), with no coupons or points.
    public func buyFlash(user: String, sale id: Int64, shipTo: Address? = nil) throws -> (FlashSale, Order) {
        guard var sale = try flashSale(id: id) else { throw CommerceError.flashRefused(.noSale(String(id))) }
        try checkFlashBuy(user: user, sale: sale)
        // The flash stock is taken first and atomically: a racing buyer of the last unit finds none.
        guard
            let taken = try tx.query("UPDATE flash_sales SET sold = sold + 1 WHERE id = \(.int(id)) AND sold < stock RETURNING sold").first
        else { throw CommerceError.flashRefused(.soldOut) }
        sale.sold = try taken.checkedInt("sold", in: 1...sale.stock)
        let order = try placeOrder(user: user, quote: oneUnitQuote(sku: sale.sku, price: sale.price), clearingCart: false, shipTo: shipTo)
        try tx.execute(
            """
            INSERT INTO flash_buyers (sale, "user", order_id, at) VALUES (\(.int(id)), \(.text(user)), \(.int(order.id)), \
            \(.int(timestamp)))
            """)
        try record("flash_buy", user: user, detail: "\(id) \(order.id)")
        return (sale, order)
    }

    /// Flash units sold and offered, over sales that have started (`/stats` sell-through).
    func flashTotals() throws -> (sold: Int64, offered: Int64) {
        let row = try tx.first(
            """
            SELECT COALESCE(SUM(sold), 0) AS sold, COALESCE(SUM(stock), 0) AS offered FROM flash_sales WHERE starts_at <= \
            \(.int(timestamp))
            """)
        return try (row?.int("sold") ?? 0, row?.int("offered") ?? 0)
    }

    private func flashSale(from row: SQLRow) throws -> FlashSale {
        try FlashSale(
            id: row.checkedInt("id"), sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
            listPrice: row.checkedInt("list_price", in: 0...Limits.money.upperBound),
            price: row.checkedInt("price", in: Limits.money),
            stock: row.checkedInt("stock", in: Limits.stock), sold: row.checkedInt("sold", in: Limits.stock),
            startsAt: row.checkedInt("starts_at"), endsAt: row.checkedInt("ends_at"))
    }
}
