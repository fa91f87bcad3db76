import Foundation
import ShopCommerce

/// A large import on PostgreSQL fills a copy of the products table without its indexes, builds
/// them once and puts the copy in the table's place, all in the import's transaction.
///
/// Measured on 200,000 products: kept up row by row, the GIN index and five B-trees cost most of
/// the import's time (23.5 s); built once at the end, a few seconds. Dropping the indexes of the
/// table itself would lock every other instance's searches out for the whole import; the copy
/// locks out only writes to products (an order's stock waits until the import commits, as
/// behind SQLite's one writer), and searches read the old catalog until the swap. A transaction
/// that began before the import committed and first reads products after it sees the new table
/// empty (a table swap is not MVCC-safe, like TRUNCATE): a search at that instant finds nothing,
/// an order is refused as out of stock, a cancellation or return refunds without restocking.
extension PostgresSession {
    static let bulkTable = "products_next"

    func beginBulkImport() throws -> String {
        try raw("LOCK TABLE products IN EXCLUSIVE MODE")
        try raw("CREATE TABLE \(Self.bulkTable) (LIKE products INCLUDING ALL EXCLUDING INDEXES)")
        // The one index the load needs: new rows are told from existing ones by their SKU.
        try raw("ALTER TABLE \(Self.bulkTable) ADD PRIMARY KEY (sku)")
        // One row always (an aggregate); its NULL, were there no products table, throws.
        let columns = try query(
            """
            SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS names FROM information_schema.columns \
            WHERE table_schema = current_schema() AND table_name = 'products' AND is_generated = 'NEVER'
            """
        )[0].string("names")
        try raw("INSERT INTO \(Self.bulkTable) (\(columns)) SELECT \(columns) FROM products")
        return Self.bulkTable
    }

    func endBulkImport() throws {
        // The products table's indexes, as its schema made them, built on the copy under names
        // of their own, then renamed when the copy takes the table's place.
        let indexes = try query(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'products' ORDER BY indexname"
        ).map { (name: try $0.string("indexname"), definition: try $0.string("indexdef")) }
        for index in indexes where index.name != "products_pkey" {
            // GIN builds faster in less memory (its tree of entries stays in the CPU's caches:
            // 4.7–5.0 s at 8–32 MB, 5.8–6.4 s at 64–256 MB on 200,000 products); B-trees sort in it.
            let memory = index.definition.contains(" USING gin ") ? "32MB" : "256MB"
            try raw("SET LOCAL maintenance_work_mem = '\(memory)'")
            try raw(Self.copied(index.definition, name: index.name))
        }
        try raw("DROP TABLE products")
        try raw("ALTER TABLE \(Self.bulkTable) RENAME TO products")
        try raw("ALTER INDEX \(Self.bulkTable)_pkey RENAME TO products_pkey")
        for index in indexes where index.name != "products_pkey" {
            try raw("ALTER INDEX \(index.name)_next RENAME TO \(index.name)")
        }
        // The planner's statistics for the new table: without them, on a million products a
        // start took 1.4 s and a search up to 12 s (0.27 s and 154 ms with).
        try raw("ANALYZE products")
    }

    /// `definition` (pg_indexes' `CREATE [UNIQUE] INDEX name ON schema.products USING …`) made
    /// to build the same index on the copy.
    static func copied(_ definition: String, name: String) -> String {
        guard let on = definition.range(of: " INDEX \(name) ON "),
            let table = definition.range(of: "products ", range: on.upperBound..<definition.endIndex)
        else { return definition }
        return definition[..<on.lowerBound] + " INDEX \(name)_next ON " + definition[on.upperBound..<table.lowerBound]
            + "\(bulkTable) " + definition[table.upperBound...]
    }
}
