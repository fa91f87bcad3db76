import ShopCommerce

/// How a PostgreSQL transaction runs (``PostgresStore``).
enum TransactionMode {
    /// A consistent read-only snapshot.
    case read
    /// Every write: SERIALIZABLE, so concurrent turns (on any instance) move money exactly.
    case serializable
    /// REPEATABLE READ for a turn that changes only its own user's rows
    /// (`ShopDatabase.writeOwnRows`): a statement writing any other table is stopped before it
    /// is sent (``WritesSharedRows``) and the transaction runs again as ``serializable``.
    case ownRows

    var begin: SQL {
        switch self {
        case .read: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        case .serializable: "BEGIN ISOLATION LEVEL SERIALIZABLE"
        case .ownRows: "BEGIN ISOLATION LEVEL REPEATABLE READ"
        }
    }
}

/// A statement of an own-rows transaction that would write a table other than the user's own
/// (``PostgresSQL/ownRowTables``): refused before it was sent; the transaction runs again as
/// SERIALIZABLE.
struct WritesSharedRows: Error {
    let sql: String
}
