import GRDBSQLite
import ShopCommerce

/// Catalog rows written to SQLite 64 at a time: one statement of a fixed text (so one cached
/// statement) for each full batch, row by row for the rest, with the rows' values bound as they
/// are. A statement per row cost ~11 µs of the writer's time.
extension GRDBSession {
    static let insertBatch = 64

    func insertProducts(into table: String, columns: [String], rows: [[SQLValue]]) throws -> PendingInsert {
        var inserted: Set<String> = []
        inserted.reserveCapacity(rows.count)
        let texts = [1, Self.insertBatch].map { Self.insert(rows: $0, into: table, columns: columns) }
        var start = 0
        while start < rows.count {
            let full = rows.count - start >= Self.insertBatch
            let size = full ? Self.insertBatch : 1
            try run(texts[full ? 1 : 0], binding: rows[start..<start + size]) { statement in
                let length = Int(sqlite3_column_bytes(statement, 0))
                let bytes = sqlite3_column_text(statement, 0).map { UnsafeBufferPointer(start: $0, count: length) }
                inserted.insert(bytes.map { String(decoding: $0, as: UTF8.self) } ?? "")
            }
            start += size
        }
        // Written already: SQLite runs in this thread.
        return PendingInsert { inserted }
    }

    /// The statement inserting `rows` rows of `columns`, returning the SKUs of those that were new.
    static func insert(rows: Int, into table: String, columns: [String]) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ") + " ON CONFLICT (sku) DO NOTHING RETURNING sku"
    }
}
