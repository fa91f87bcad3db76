import ShopCommerce

/// How many products hold each search term (`search_terms`), on PostgreSQL: kept by an
/// import's changes, or counted afresh from every product's terms.
extension PostgresSession {
    var countsTermsByChanges: Bool { true }

    func recountSearchTerms(changes: [String: Int64]?) throws {
        guard let changes else { return try recountAll() }
        // In the terms' order, so the key's index is written page after page.
        let terms = changes.filter { $0.value != 0 }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for start in stride(from: 0, to: terms.count, by: Self.termBatch) {
            let batch = terms[start..<min(start + Self.termBatch, terms.count)]
            try execute(
                """
                INSERT INTO search_terms (term, products) SELECT * FROM unnest(?::text[], ?::bigint[]) \
                ON CONFLICT (term) DO UPDATE SET products = search_terms.products + excluded.products
                """,
                [.text(Self.arrayLiteral(batch.map { .text($0.key) })), .text(Self.arrayLiteral(batch.map { .int($0.value) }))])
        }
        try execute("DELETE FROM search_terms WHERE products <= 0", [])
    }

    /// Terms written in one statement.
    static let termBatch = 10_000

    /// Every product's terms counted once each, whatever scopes hold them (as SQLite's FTS5
    /// counts): after a migration or a reindex.
    private func recountAll() throws {
        try execute("DELETE FROM search_terms", [])
        try execute(
            """
            INSERT INTO search_terms (term, products) SELECT word, ndoc FROM ts_stat('SELECT array_to_tsvector(array_remove(\
            string_to_array(search_name || '' '' || search_other || '' '' || search_more, '' ''), '''')) FROM products')
            """,
            [])
    }
}
