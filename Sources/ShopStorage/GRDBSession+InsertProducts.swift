import ShopCommerce

/// Catalog rows written to SQLite 64 at a time: one statement of a fixed text (so one cached
/// statement) for each full batch, row by row for the rest. A statement per row cost ~11 µs of
/// the writer's time.
extension GRDBSession {
    static let insertBatch = 64

    func insertProducts(into table: String, columns: [String], rows: [[SQLValue]]) throws -> PendingInsert {
        var inserted: Set<String> = []
        var start = 0
        while start < rows.count {
            let size = rows.count - start >= Self.insertBatch ? Self.insertBatch : 1
            let batch = rows[start..<start + size]
            for row in try query(Self.insert(batch, into: table, columns: columns)) {
                inserted.insert(try row.string("sku"))
            }
            start += size
        }
        // Written already: SQLite runs in this thread.
        return PendingInsert { inserted }
    }

    static func insert(_ rows: ArraySlice<[SQLValue]>, into table: String, columns: [String]) -> SQL {
        let values = SQL.joined(rows.map { "(\(list: $0))" }, separator: ", ")
        return """
            INSERT INTO \(verbatim: table) (\(verbatim: columns.joined(separator: ", "))) VALUES \(values) \
            ON CONFLICT (sku) DO NOTHING RETURNING sku
            """
    }
}
