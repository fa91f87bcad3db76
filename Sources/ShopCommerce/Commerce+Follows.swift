extension Commerce {
    /// Follows a store; true if the user did not follow it yet.
    @discardableResult
    public func follow(store id: String, user: String) throws -> Bool {
        guard let store = try store(id: id) else { throw CommerceError.unknownStore(id) }
        let rows = try tx.query(
            """
            INSERT INTO store_follows ("user", store, since) VALUES (\(.text(user)), \(.text(store.id)), \(.int(timestamp))) \
            ON CONFLICT ("user", store) DO NOTHING RETURNING store
            """)
        return !rows.isEmpty
    }

    /// Unfollows a store; true if the user followed it.
    @discardableResult
    public func unfollow(store id: String, user: String) throws -> Bool {
        guard let store = try store(id: id) else { throw CommerceError.unknownStore(id) }
        return try !tx.query("DELETE FROM store_follows WHERE \"user\" = \(.text(user)) AND store = \(.text(store.id)) RETURNING store")
            .isEmpty
    }

    public func followedStores(of user: String) throws -> [StoreInfo] {
        try tx.query("SELECT s.* FROM stores s JOIN store_follows f ON f.store = s.id WHERE f.user = \(.text(user)) ORDER BY s.id").map(
            Self.storeInfo(from:))
    }

    /// Tells a store's followers about a new deal (a coupon, a price drop).
    func announce(store: String, _ text: String, fields: [(String, SQLValue)]) throws {
        for row in try tx.query("SELECT \"user\" FROM store_follows WHERE store = \(.text(store)) ORDER BY \"user\"") {
            try deliver(to: row.string("user"), kind: "store.new_deal", text: text, fields: [("store", .text(store))] + fields)
        }
    }
}
