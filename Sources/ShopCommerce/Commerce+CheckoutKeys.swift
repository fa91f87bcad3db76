/// Checkouts a client placed with an idempotency key (a structured `confirm`), so that the same
/// key sent again replays the order instead of placing another.
extension Commerce {
    /// The checkout `user` placed with `key`: the preview it confirmed and the order it made.
    public func checkout(keyed key: String, by user: String) throws -> (previewID: String, order: Int64)? {
        guard
            let row = try tx.first(
                "SELECT preview_id, order_id FROM checkout_keys WHERE \"user\" = \(.text(user)) AND idempotency_key = \(.text(key))")
        else { return nil }
        return (try row.string("preview_id"), try row.int("order_id"))
    }

    /// Remembers that `user` placed `order` from `preview` with `key`, in the order's transaction.
    public func keepCheckout(keyed key: String, by user: String, preview: String, order: Int64) throws {
        try tx.execute(
            """
            INSERT INTO checkout_keys ("user", idempotency_key, preview_id, order_id, created_at) \
            VALUES (\(.text(user)), \(.text(key)), \(.text(preview)), \(.int(order)), \(.int(timestamp)))
            """)
    }
}
