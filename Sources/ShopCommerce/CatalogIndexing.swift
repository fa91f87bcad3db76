import Foundation

/// What the store keeps beside the products so that nothing needs the whole catalog in memory:
/// each product's search terms, how many products hold each term (for typo fixes), and the
/// brands and categories with their product counts (for the intent engine's lexicon and
/// "show categories").
public enum CatalogIndexing {
    /// The three search columns of a product: the terms of its names; of its category, store
    /// and tags; and of its descriptions (both languages each).
    public static func columns(
        of product: Product, categoryZh: String, storeNames: [String]
    ) -> (name: String, other: String, more: String) {
        (nameTerms(of: product), otherTerms(of: product, categoryZh: categoryZh, storeNames: storeNames), moreTerms(of: product))
    }

    /// A key that sorts products best first: best rated, then cheapest, then first in the
    /// catalog. The index reads matches in this order, so a search stops at its limit. It is
    /// unique because positions are (and below 2^30); stock and sales do not move it (they
    /// change with every order), an import that changes the rating or the price does.
    public static func searchKey(rating: Double, price: Int64, position: Int64) -> Int64 {
        let tenths = Int64(max(0, min(50, (rating * 10).rounded())))
        let price = max(0, min(price, (1 << 27) - 1))
        return (50 - tenths) << 57 | price << 30 | (position & ((1 << 30) - 1))
    }

    static func nameTerms(of product: Product) -> String {
        SearchTerms.documentTextInByteOrder([product.name, product.nameZh, product.brand])
    }

    static func otherTerms(of product: Product, categoryZh: String, storeNames: [String]) -> String {
        SearchTerms.documentTextInByteOrder([product.category, categoryZh, product.store] + storeNames + product.tags)
    }

    static func moreTerms(of product: Product) -> String {
        SearchTerms.documentTextInByteOrder([product.description, product.descriptionZh], prose: true)
    }

    /// `text`'s terms sorted by their UTF-8 bytes. The order means nothing to a search; stored
    /// so, PostgreSQL makes a product's vector without sorting it (PostgresSchema.scopedTerms):
    /// on a million products the sort was a fifth of the store's work in an import.
    public static func inByteOrder(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Each term's start and end in the bytes, sorted by comparing the bytes themselves
            // (Substrings compared through their UTF-8 views cost 10 µs a product).
            var terms: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                if index > start { terms.append(start..<index) }
                start = index + 1
            }
            terms.sort { left, right in
                let common = min(left.count, right.count)
                let order = memcmp(bytes.baseAddress! + left.lowerBound, bytes.baseAddress! + right.lowerBound, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
            var sorted: [UInt8] = []
            sorted.reserveCapacity(bytes.count)
            for term in terms {
                if !sorted.isEmpty { sorted.append(0x20) }
                sorted.append(contentsOf: bytes[term])
            }
            return String(decoding: sorted, as: UTF8.self)
        }
    }

    /// Recomputes every product's search columns (after the terms' rules changed, or for rows
    /// written before the index existed), then the counts.
    public static func reindex(_ tx: any SQLSession) throws {
        let names = try NameCache(tx: tx)
        var position: Int64 = 0
        let sql: SQL =
            "SELECT \(Commerce.productColumns), p.position, p.search_name, p.search_other, p.search_more, p.search_key FROM products p ORDER BY p.position, p.sku"
        for row in try tx.query(sql) {
            let product = try Commerce.product(from: row)
            let columns = Self.columns(
                of: product, categoryZh: names.categoryZh(product.category), storeNames: names.storeNames(product.store))
            // Positions become unique (the search key relies on it), in the order they had.
            position = max(position + 1, try row.int("position"))
            // Rows whose terms and key stay as they were are not written (each write is two
            // index updates).
            let key = searchKey(rating: product.rating, price: product.price, position: position)
            if try row.string("search_name") == columns.name, try row.string("search_other") == columns.other,
                try row.string("search_more") == columns.more,
                try row.int("search_key") == key, try row.int("position") == position
            {
                continue
            }
            try tx.execute(
                """
                UPDATE products SET search_name = \(.text(columns.name)), search_other = \(.text(columns.other)), \
                search_more = \(.text(columns.more)), position = \(.int(position)), search_key = \(.int(key)) \
                WHERE sku = \(.text(product.sku))
                """)
        }
        try recount(tx)
    }

    /// Moves the catalog's version on, so searches remembered for the catalog as it was are
    /// forgotten (SearchCache). A random step, not +1: a copied store file that changes apart
    /// from its original must not reach the same version with other contents.
    public static func catalogChanged(_ tx: any SQLSession) throws {
        try tx.execute("UPDATE catalog_version SET version = version + \(.int(Int64.random(in: 1...1_000_000_000)))")
    }

    /// A new store's catalog identity: random from the system, never from a replayed seed, as
    /// it must differ between stores.
    public static func newCatalogID() -> String {
        UUID().uuidString
    }

    /// Brings the term counts and the brand and category lists up to date: once per import.
    /// `termChanges`, when the session counts by changes, are how many more products hold each
    /// term (``SQLSession/recountSearchTerms(changes:)``).
    public static func recount(_ tx: any SQLSession, termChanges: TermChanges? = nil) throws {
        try tx.recountSearchTerms(changes: termChanges)
        try tx.execute("DELETE FROM catalog_facets")
        try tx.execute(
            """
            INSERT INTO catalog_facets (kind, value, products) SELECT 'brand', brand, COUNT(*) FROM products WHERE brand <> \
            '' GROUP BY brand
            """)
        try tx.execute(
            """
            INSERT INTO catalog_facets (kind, value, products) SELECT 'category', category, COUNT(*) FROM products GROUP BY \
            category
            """)
    }

    /// The Chinese category names and store names the index needs, read once per import (a
    /// catalog has few stores and categories; a query per new store cost ~6 round trips, most of
    /// a PostgreSQL import's time), and the names an import's rows give, recorded.
    struct NameCache {
        /// Each category's recorded Chinese name ("" when none was recorded).
        private var categories: [String: String] = [:]
        private var stores: [String: (name: String, nameZh: String)] = [:]

        init(tx: any SQLSession) throws {
            for row in try tx.query("SELECT id, name_zh FROM categories") { try categories[row.string("id")] = row.string("name_zh") }
            for row in try tx.query("SELECT id, name, name_zh FROM stores") {
                try stores[row.string("id")] = (row.string("name"), row.string("name_zh"))
            }
        }

        func categoryZh(_ category: String) -> String {
            let recorded = categories[category] ?? ""
            return recorded.isEmpty ? Commerce.builtinCategoryNameZh(category) ?? "" : recorded
        }

        func storeNames(_ store: String) -> [String] {
            guard let names = stores[store] else { return [] }
            return [names.name, names.nameZh].filter { !$0.isEmpty }
        }

        /// Records the names `product`'s row gives its category and store, and makes sure its store
        /// exists; only what changes is written. A name the row leaves empty is not a rename.
        /// Returns whether a known category or store now has another name.
        mutating func record(_ product: Product, _ tx: any SQLSession) throws -> Bool {
            var renamed = false
            if !product.categoryZh.isEmpty, categories[product.category] != product.categoryZh {
                renamed = true
                try tx.execute(
                    """
                    INSERT INTO categories (id, name_zh) VALUES (\(.text(product.category)), \(.text(product.categoryZh))) \
                    ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh
                    """)
                categories[product.category] = product.categoryZh
            }
            guard var names = stores[product.store] else {
                let name = product.storeName.isEmpty ? Commerce.displayName(ofStore: product.store) : product.storeName
                try tx.execute(
                    """
                    INSERT INTO stores (id, name, name_zh) VALUES (\(.text(product.store)), \(.text(name)), \
                    \(.text(product.storeNameZh))) ON CONFLICT (id) DO NOTHING
                    """)
                stores[product.store] = (name, product.storeNameZh)
                return renamed
            }
            if !product.storeName.isEmpty, names.name != product.storeName {
                renamed = true
                try tx.execute("UPDATE stores SET name = \(.text(product.storeName)) WHERE id = \(.text(product.store))")
                names.name = product.storeName
            }
            if !product.storeNameZh.isEmpty, names.nameZh != product.storeNameZh {
                renamed = true
                try tx.execute("UPDATE stores SET name_zh = \(.text(product.storeNameZh)) WHERE id = \(.text(product.store))")
                names.nameZh = product.storeNameZh
            }
            stores[product.store] = names
            return renamed
        }
    }
}
