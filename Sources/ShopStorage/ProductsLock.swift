import ShopCommerce

/// Every transaction locks the products table before its first read, so that no transaction
/// whose snapshot predates a bulk import's table swap ever reads the swapped-in table (it would
/// find it empty: a swap is not MVCC-safe), and no writer waits for the import while holding a
/// lock the swap needs (that deadlock made PostgreSQL abort the import).
///
/// PostgreSQL's documentation gives the rule: at REPEATABLE READ or SERIALIZABLE, a LOCK TABLE
/// before any query is taken before the snapshot is.
enum ProductsLock {
    /// A writer holds ROW EXCLUSIVE (what its writes to products take anyway), so an import's
    /// EXCLUSIVE lock waits for it to end. While an import holds that lock, NOWAIT fails and the
    /// transaction runs again `duringImport`: ACCESS SHARE (it reads the catalog as it was, and
    /// the swap waits for it) and a short `lock_timeout`, so a write to products fails at once
    /// (``CatalogBusy``) rather than wait a whole import with a worker's connection. A reader,
    /// and a transaction writing only its user's own rows, hold ACCESS SHARE.
    static func take(_ session: PostgresSession, _ mode: TransactionMode, duringImport: Bool) throws {
        if mode != .serializable {
            try session.execute("LOCK TABLE products IN ACCESS SHARE MODE")
        } else if duringImport {
            try session.execute("LOCK TABLE products IN ACCESS SHARE MODE")
            try session.execute("SET LOCAL lock_timeout = '\(verbatim: String(busyAfterMilliseconds))ms'")
        } else {
            try session.execute("LOCK TABLE products IN ROW EXCLUSIVE MODE NOWAIT")
        }
    }

    /// Long enough for a row lock another turn holds for a moment, short enough for a reply.
    static let busyAfterMilliseconds = 200
}
