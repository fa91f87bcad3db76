import PostgresNIO
import ShopCommerce

/// How many products hold each search term (`search_terms`), on PostgreSQL: kept by an
/// import's changes, or counted afresh from every product's terms.
extension PostgresSession {
    var countsTermsByChanges: Bool { true }

    func recountSearchTerms(changes: TermChanges?) throws {
        try mayWriteShared("search_terms")
        guard let changes else { return try recountAll() }
        // In the terms' order (as they come), so the key's index is written page after page.
        for start in stride(from: 0, to: changes.terms.count, by: Self.termBatch) {
            let end = min(start + Self.termBatch, changes.terms.count)
            // Two typed arrays bound in binary (as catalog rows are: insertProducts).
            var binds = PostgresBindings(capacity: 2)
            binds.append(Array(changes.terms[start..<end]))
            binds.append(Array(changes.changes[start..<end]))
            let sql = """
                INSERT INTO search_terms (term, products) SELECT * FROM unnest($1::text[], $2::bigint[]) \
                ON CONFLICT (term) DO UPDATE SET products = search_terms.products + excluded.products
                """
            _ = try state.wait(connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger))
        }
        try execute("DELETE FROM search_terms WHERE products <= 0")
    }

    /// Terms written in one statement.
    static let termBatch = 10_000

    /// Every product's terms counted once each, whatever scopes hold them (as SQLite's FTS5
    /// counts): after a migration or a reindex.
    private func recountAll() throws {
        try execute("DELETE FROM search_terms")
        try execute(
            """
            INSERT INTO search_terms (term, products) SELECT word, ndoc FROM ts_stat('SELECT array_to_tsvector(array_remove(\
            string_to_array(search_name || '' '' || search_other || '' '' || search_more, '' ''), '''')) FROM products')
            """)
    }
}
