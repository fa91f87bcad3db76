import GRDB
import GRDBSQLite
import ShopCommerce

/// A GRDB connection inside a transaction, seen through the commerce engine's seam.
///
/// Statements are GRDB's cached ones, but bound, stepped and read through SQLite's own API: a
/// turn runs a handful of statements on the single writer, and GRDB's general row and argument
/// machinery cost more than the statements themselves there.
struct GRDBSession: SQLSession {
    let db: Database
    /// On a read snapshot: a statement that would write is refused before it runs, with an
    /// error the caller can act on (``WriteOnReadSnapshot``), not SQLite's read-only failure.
    var readOnly = false
    var dialect: SQLDialect { .sqlite }

    func execute(_ statement: SQL) throws {
        let sql = statement.text
        try withStatement(sql, statement.arguments) { try steps($0, sql) { _ in } }
    }

    func query(_ statement: SQL) throws -> [SQLRow] {
        let sql = statement.text
        return try withStatement(sql, statement.arguments) { statement in
            let count = sqlite3_column_count(statement)
            let columns = (0..<count).map { String(cString: sqlite3_column_name(statement, $0)) }
            var rows: [SQLRow] = []
            try steps(statement, sql) { row in rows.append(SQLRow(columns: columns, values: (0..<count).map { Self.value(row, $0) })) }
            return rows
        }
    }

    /// FTS5 reads its matches in the search key's order whatever their counts.
    var plansByTermCounts: Bool { false }

    func textMatch(_ search: TextSearch) -> TextMatch {
        // Terms are letters, digits and Chinese characters only (SearchTerms), so quoting each is
        // all FTS5's query syntax needs.
        func all(_ terms: [String], separator: String = " AND ") -> String {
            terms.map { "\"\($0)\"" }.joined(separator: separator)
        }
        let joined = all(search.terms, separator: search.any ? " OR " : " AND ")
        var match =
            switch search.scope {
            case .names: "{search_name} : (\(joined))"
            case .catalog: "{search_name search_other} : (\(joined))"
            case .everything: "(\(joined))"
            }
        if !search.filters.names.isEmpty { match += " AND {search_name} : (\(all(search.filters.names)))" }
        if !search.filters.other.isEmpty { match += " AND {search_other} : (\(all(search.filters.other)))" }
        if search.any {
            return TextMatch(
                from: """
                    (SELECT rowid AS key FROM product_index WHERE product_index MATCH \(.text(match)) \
                    ORDER BY rowid LIMIT \(.int(Int64(search.candidates)))) m JOIN products p ON p.search_key = m.key
                    """,
                condition: "1 = 1", bestFirst: "m.key")
        }
        // The index drives: its rowid is the search key, so FTS5 hands matches over best first.
        return TextMatch(
            from: "product_index JOIN products p ON p.search_key = product_index.rowid",
            condition: "product_index MATCH \(.text(match))", bestFirst: "product_index.rowid")
    }

    var countsTermsByChanges: Bool { false }

    func recountSearchTerms(changes: TermChanges?) throws {
        try execute("DELETE FROM search_terms")
        try execute("INSERT INTO search_terms (term, products) SELECT term, doc FROM product_index_terms")
    }

    func beginBulkImport() throws -> String {
        // Building the indexes at the end reads every product page several times: with the
        // usual 32 MB of cache a million rows went back to the file for each (half the time).
        try execute(SQL(verbatim: "PRAGMA cache_size = -\(Self.bulkCacheKiB)"))
        try execute("DROP TRIGGER products_indexed")
        for index in SQLiteSchema.productIndexes { try execute(SQL(verbatim: "DROP INDEX \(index.name)")) }
        // Readers keep their snapshot in the log: the products are written where they are.
        return "products"
    }

    func endBulkImport() throws {
        for index in SQLiteSchema.productIndexes { try execute(SQL(verbatim: index.create)) }
        // Not 'rebuild': it reads products in table order, and FTS5 writes a segment each time a
        // rowid (the search key) comes lower than the last. In key order it appends.
        try execute("INSERT INTO product_index (product_index) VALUES ('delete-all')")
        // Segments are merged once at the end, not while they are written (measured on 200,000
        // products: 5.5 s merging as it goes, 3.6 s + 1.5 s this way).
        try execute("INSERT INTO product_index (product_index, rank) VALUES ('automerge', 0)")
        // Read in table order and sorted (`+` keeps the key's index out), not a row at a time
        // through that index: a million random reads of pages still in the log. The sorter takes
        // as much memory as the page cache allows, so the cache is smaller for it.
        try execute(SQL(verbatim: "PRAGMA cache_size = -\(Self.sortCacheKiB)"))
        try execute(
            "INSERT INTO product_index (rowid, search_name, search_other, search_more) SELECT search_key, search_name, search_other, search_more FROM products ORDER BY +search_key"
        )
        try execute("INSERT INTO product_index (product_index) VALUES ('optimize')")
        try execute("INSERT INTO product_index (product_index, rank) VALUES ('automerge', 4)")
        try execute(SQL(verbatim: SQLiteSchema.indexingTrigger))
        try execute(SQL(verbatim: "PRAGMA cache_size = -\(SQLiteDatabase.cacheKiB)"))
    }

    /// The page cache of a bulk import, in KiB (`PRAGMA cache_size` takes negative KiB).
    static let bulkCacheKiB = 196_608
    /// The page cache, in KiB, while the index is filled from sorted products.
    static let sortCacheKiB = 65_536

    /// Texts each connection keeps prepared; the engine's own are about two hundred.
    static let cachedTexts = StatementTexts(capacity: 512)

    /// Runs `body` with the statement for `sql` bound to `arguments`, then resets it. Kept in the
    /// connection's cache when its text is one of ``cachedTexts``, else finalized after the run.
    /// `arguments` nil: `body` binds them.
    private func withStatement<T>(_ sql: String, _ arguments: [SQLValue]?, _ body: (OpaquePointer) throws -> T) throws -> T {
        let statement = Self.cachedTexts.admits(sql) ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        return try withExtendedLifetime(statement) {
            let raw = try bound(statement.sqliteStatement, sql, arguments)
            defer { sqlite3_reset(raw) }
            return try body(raw)
        }
    }

    /// Runs `sql` with `rows`' values bound in order, handing each row it returns to `read`: a
    /// catalog batch binds a thousand values, and making an `SQL` of them cost the import's
    /// writer more than SQLite's own work.
    func run(_ sql: String, binding rows: ArraySlice<[SQLValue]>, read: (OpaquePointer) throws -> Void) throws {
        try withStatement(sql, nil) { statement in
            var index: CInt = 1
            for row in rows {
                for value in row {
                    try bind(value, at: index, of: statement, sql)
                    index += 1
                }
            }
            guard index - 1 == sqlite3_bind_parameter_count(statement) else {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "wrong number of arguments: \(index - 1)", sql: sql)
            }
            try steps(statement, sql, read)
        }
    }

    /// Steps `statement` to its end, handing each row to `read`.
    private func steps(_ statement: OpaquePointer, _ sql: String, _ read: (OpaquePointer) throws -> Void) throws {
        while true {
            let code = sqlite3_step(statement)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else { throw failure(code, sql) }
                return
            }
            try read(statement)
        }
    }

    /// How many statements the connection holds prepared (tests: the cache stays bounded).
    var preparedStatements: Int {
        var count = 0
        var statement = sqlite3_next_stmt(db.sqliteConnection, nil)
        while let current = statement {
            count += 1
            statement = sqlite3_next_stmt(db.sqliteConnection, current)
        }
        return count
    }

    /// `statement` reset and bound to `arguments` (nil: the caller binds).
    private func bound(_ statement: OpaquePointer, _ sql: String, _ arguments: [SQLValue]?) throws -> OpaquePointer {
        // Transaction control (SAVEPOINT, RELEASE) counts as read-only: it changes nothing.
        if readOnly && sqlite3_stmt_readonly(statement) == 0 { throw WriteOnReadSnapshot(sql: sql) }
        sqlite3_reset(statement)
        guard let arguments else { return statement }
        guard arguments.count == Int(sqlite3_bind_parameter_count(statement)) else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "wrong number of arguments: \(arguments.count)", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() { try bind(argument, at: CInt(offset + 1), of: statement, sql) }
        return statement
    }

    private func bind(_ argument: SQLValue, at index: CInt, of statement: OpaquePointer, _ sql: String) throws {
        let code: CInt
        switch argument {
        case .null: code = sqlite3_bind_null(statement, index)
        case .int(let value): code = sqlite3_bind_int64(statement, index, value)
        case .double(let value): code = sqlite3_bind_double(statement, index, value)
        case .text(let value):
            var value = value
            code = value.withUTF8 { bytes in
                // An address even for "" (a null one would bind NULL); SQLite copies the bytes.
                guard let base = bytes.baseAddress else { return sqlite3_bind_text(statement, index, "", 0, Self.transient) }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(statement, index, $0, CInt(bytes.count), Self.transient)
                }
            }
        }
        guard code == SQLITE_OK else { throw failure(code, sql) }
    }

    private static func value(_ statement: OpaquePointer, _ column: CInt) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(statement, column))
        default:
            // Text, and blobs read as text (the schema stores none).
            guard let bytes = sqlite3_column_text(statement, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        }
    }

    private func failure(_ code: CInt, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }

    /// SQLite copies bound text before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
