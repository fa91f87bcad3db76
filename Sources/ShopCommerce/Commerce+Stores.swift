extension Commerce {
    public func upsertStores(_ stores: [StoreInfo]) throws {
        for store in stores {
            try tx.execute(
                """
                INSERT INTO stores (id, name, name_zh, description) VALUES (\(.text(store.id)), \(.text(store.name)), \
                \(.text(store.nameZh)), \(.text(store.description))) ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
                name_zh = excluded.name_zh, description = excluded.description
                """)
        }
    }

    static func storeInfo(from row: SQLRow) throws -> StoreInfo {
        try StoreInfo(id: row.string("id"), name: row.string("name"), nameZh: row.string("name_zh"), description: row.string("description"))
    }

    public func stores() throws -> [StoreInfo] {
        try tx.query("SELECT * FROM stores ORDER BY id").map(Self.storeInfo(from:))
    }

    public func store(id: String) throws -> StoreInfo? {
        try tx.first("SELECT * FROM stores WHERE id = \(.text(id.lowercased()))").map(Self.storeInfo(from:))
    }

    /// Fills an empty store with the demo catalog; does nothing once it has been filled.
    public func seedDemoCatalogIfNeeded() throws {
        guard try tx.first("SELECT value FROM meta WHERE key = 'seeded'") == nil else { return }
        try upsertStores(DemoCatalog.stores())
        _ = try importProducts(DemoCatalog.products())
        try createCoupon(Self.welcomeCoupon)
        try tx.execute("INSERT INTO meta (key, value) VALUES ('seeded', 'demo')")
    }

    /// Empties every table and refills the demo catalog (`/reset`).
    public func resetToDemo() throws {
        for table in Self.resettableTables {
            try tx.execute("DELETE FROM \(verbatim: table)")
        }
        try seedDemoCatalogIfNeeded()
    }

    /// Children before parents, so foreign keys never block the delete.
    static let resettableTables = [
        "bargain_cuts", "bargains", "bargain_floors", "flash_buyers", "flash_sales", "returns", "checkins", "price_protections",
        "checkout_keys", "reviews", "store_follows",
        "group_buy_members", "group_buys",
        "red_packet_grabs",
        "red_packet_recipients",
        "red_packets", "inbox", "share_deliveries", "shares", "chat_groups", "friendships", "user_coupons", "coupons", "order_items",
        "orders", "cart_items", "sessions", "events", "users", "products", "categories", "stores", "meta",
    ]
}
