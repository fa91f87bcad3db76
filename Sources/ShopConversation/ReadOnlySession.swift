import ShopCommerce

/// A session that lets a turn read and stops it at its first write, so a turn can be tried on
/// a read snapshot first and run in a write transaction only if it needs one.
struct ReadOnlySession: SQLSession {
    /// The turn wants to change something: run it again in a write transaction.
    struct NeedsWrite: Error {}

    let base: any SQLSession

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        throw NeedsWrite()
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        // UPDATE … RETURNING and friends come through here too.
        guard Self.isRead(sql) else { throw NeedsWrite() }
        return try base.query(sql, arguments)
    }

    static func isRead(_ sql: String) -> Bool {
        let head = sql.drop(while: \.isWhitespace).prefix(6).uppercased()
        return head == "SELECT"
    }
}
