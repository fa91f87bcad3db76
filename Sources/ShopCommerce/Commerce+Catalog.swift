import Foundation

extension Commerce {
    static let productColumns =
        "p.sku, p.name, p.name_zh, p.brand, p.category, p.store, p.price, p.stock, p.rating, p.tags, p.description, p.description_zh"

    static func product(from row: SQLRow) throws -> Product {
        Product(
            sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
            brand: row.string("brand"), category: row.string("category"), store: row.string("store"),
            price: try row.checkedInt("price", in: 0...Limits.money.upperBound),
            stock: try row.checkedInt("stock", in: Limits.stock), rating: row.double("rating"),
            tags: row.string("tags").split(separator: "|").map(String.init),
            description: row.string("description"), descriptionZh: row.string("description_zh"))
    }

    public func product(sku: String) throws -> Product? {
        try tx.query("SELECT \(Self.productColumns) FROM products p WHERE p.sku = ?", .text(sku.uppercased()))
            .first.map { try Self.product(from: $0) }
    }

    /// Products in the order of `skus`, skipping any that no longer exist.
    public func products(skus: [String]) throws -> [Product] {
        try skus.compactMap { try product(sku: $0) }
    }

    public func productCount() throws -> Int64 {
        try tx.scalar("SELECT COUNT(*) FROM products")
    }

    /// Every product name (English and Chinese) with its SKU, for the intent engine's lexicon.
    public func productNames() throws -> [(name: String, nameZh: String, sku: String, brand: String, store: String)] {
        try tx.query("SELECT sku, name, name_zh, brand, store FROM products ORDER BY position, sku").map {
            ($0.string("name"), $0.string("name_zh"), $0.string("sku"), $0.string("brand"), $0.string("store"))
        }
    }

    /// Categories with how many products each has, largest first.
    public func categories() throws -> [(category: String, count: Int64)] {
        try tx.query("SELECT category, COUNT(*) AS n FROM products GROUP BY category ORDER BY n DESC, category")
            .map { ($0.string("category"), $0.int("n")) }
    }

    public func search(_ query: SearchQuery) throws -> [Product] {
        let terms = Self.searchTerms(query.text)
        guard !terms.isEmpty else { return try search(query, terms: [], among: nil) }
        let text = try catalogText()
        let all = try search(query, terms: terms, among: text.skus(matching: terms, all: true))
        if !all.isEmpty || terms.count < 2 { return all }
        // Nothing has every word: show what has some of them rather than nothing.
        return try search(query, terms: terms, among: text.skus(matching: terms, all: false))
    }

    /// Products passing `query`'s filters, among `skus` (the ones whose text matched) if given.
    private func search(_ query: SearchQuery, terms: [String], among skus: [String]?) throws -> [Product] {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let skus {
            guard !skus.isEmpty else { return [] }
            conditions.append("p.sku IN (" + skus.map { _ in "?" }.joined(separator: ", ") + ")")
            arguments += skus.map { .text($0) }
        }
        if let category = query.category {
            conditions.append("p.category = ?")
            arguments.append(.text(category.lowercased()))
        }
        if let brand = query.brand {
            conditions.append("LOWER(p.brand) = ?")
            arguments.append(.text(brand.lowercased()))
        }
        if let store = query.store {
            conditions.append("p.store = ?")
            arguments.append(.text(store.lowercased()))
        }
        if let min = query.minPrice {
            conditions.append("p.price >= ?")
            arguments.append(.int(min))
        }
        if let max = query.maxPrice {
            conditions.append("p.price <= ?")
            arguments.append(.int(max))
        }
        if query.dealsOnly { conditions.append("('|' || p.tags || '|') LIKE '%|deal|%'") }
        let order: String
        var orderArguments: [SQLValue] = []
        switch query.sort {
        case .relevance:
            // Products whose own name or brand has every word come first, best rated first;
            // text rank only breaks ties, so a short description does not outrank a better product.
            if terms.isEmpty {
                order = "p.rating DESC, p.sales DESC, p.price"
            } else {
                let inName = terms.map { _ in "LOWER(p.name || ' ' || p.name_zh || ' ' || p.brand) LIKE ?" }
                order = "CASE WHEN \(inName.joined(separator: " AND ")) THEN 0 ELSE 1 END, p.rating DESC, p.sales DESC, p.price"
                orderArguments = terms.map { .text("%\($0)%") }
            }
        case .priceAscending: order = "p.price, p.rating DESC"
        case .priceDescending: order = "p.price DESC, p.rating DESC"
        case .rating: order = "p.rating DESC, p.sales DESC, p.price"
        case .sales: order = "p.sales DESC, p.rating DESC, p.price"
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql =
            "SELECT \(Self.productColumns) FROM products p\(whereClause) ORDER BY \(order), p.sku LIMIT \(max(1, query.limit))"
        return try tx.query(sql, arguments + orderArguments).map { try Self.product(from: $0) }
    }

    private static let stopwords: Set<String> = ["a", "an", "the", "some", "for", "me", "of", "and", "with", "any", "to", "in", "my"]

    /// Lower-cased words of a query, plural "s" dropped so "phones" finds "Phone".
    public static func searchTerms(_ text: String) -> [String] {
        text.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "?" || $0 == "!" || $0 == "%" || $0 == "_" })
            .map(String.init)
            .filter { !stopwords.contains($0) }
            .map { word in
                guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), word.allSatisfy(\.isASCII) else { return word }
                return String(word.dropLast())
            }
    }

    public func setStock(sku: String, to stock: Int64) throws -> Product {
        guard var product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard Limits.stock.contains(stock) else { throw CommerceError.outOfRange(what: "stock", range: Limits.stock) }
        try tx.execute("UPDATE products SET stock = ? WHERE sku = ?", .int(stock), .text(product.sku))
        product.stock = stock
        return product
    }

    /// Adds or updates products by SKU; the search index follows. The Chinese category names and
    /// the store names the rows give are recorded too (the last given wins); a store no row names
    /// is created with a name made from its id, and an existing store keeps what no row renames.
    public func importProducts(_ products: [Product]) throws -> (added: Int, updated: Int) {
        var added = 0
        var updated = 0
        var position = try tx.scalar("SELECT COALESCE(MAX(position), 0) FROM products")
        for product in products {
            let exists = try tx.first("SELECT 1 FROM products WHERE sku = ?", .text(product.sku)) != nil
            let searchText = [product.name, product.nameZh, product.brand, product.category, product.store, product.tags.joined(separator: " ")]
                .joined(separator: " ").lowercased()
            let values: [SQLValue] = [
                .text(product.name), .text(product.nameZh), .text(product.brand), .text(product.category),
                .text(product.store), .int(product.price), .int(product.stock), .double(product.rating),
                .text(product.tags.joined(separator: "|")), .text(product.description), .text(product.descriptionZh),
                .text(searchText),
            ]
            if exists {
                updated += 1
                if let old = try self.product(sku: product.sku), product.price < old.price {
                    try announce(
                        store: product.store,
                        "Price drop at \(product.store): \(product.name) is now \(Money.format(product.price)) (was \(Money.format(old.price))).",
                        fields: [("sku", .text(product.sku)), ("price", .int(product.price))])
                }
                try tx.execute(
                    "UPDATE products SET name = ?, name_zh = ?, brand = ?, category = ?, store = ?, price = ?, stock = ?, rating = ?, tags = ?, description = ?, description_zh = ?, search_text = ? WHERE sku = ?",
                    values + [.text(product.sku)])
            } else {
                added += 1
                position += 1
                try tx.execute(
                    "INSERT INTO products (name, name_zh, brand, category, store, price, stock, rating, tags, description, description_zh, search_text, sku, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values + [.text(product.sku), .int(position)])
            }
            try recordNames(of: product)
        }
        if !products.isEmpty {
            // A new version makes every process's in-memory catalog text stale (see CatalogTextCache).
            try tx.execute(
                "INSERT INTO meta (key, value) VALUES ('catalog', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                .text(UUID().uuidString))
        }
        return (added, updated)
    }

    /// Records the names `product`'s catalog row gave its category and store, and makes sure its
    /// store exists.
    private func recordNames(of product: Product) throws {
        if !product.categoryZh.isEmpty {
            try tx.execute(
                "INSERT INTO categories (id, name_zh) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh",
                .text(product.category), .text(product.categoryZh))
        }
        let name = product.storeName.isEmpty ? Self.displayName(ofStore: product.store) : product.storeName
        try tx.execute(
            "INSERT INTO stores (id, name, name_zh) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING", .text(product.store),
            .text(name), .text(product.storeNameZh))
        // A name the row leaves empty is not a rename: the store keeps the one it has.
        if !product.storeName.isEmpty {
            try tx.execute("UPDATE stores SET name = ? WHERE id = ?", .text(product.storeName), .text(product.store))
        }
        if !product.storeNameZh.isEmpty {
            try tx.execute("UPDATE stores SET name_zh = ? WHERE id = ?", .text(product.storeNameZh), .text(product.store))
        }
    }

    /// Chinese names of the store's categories, by key: the name an import recorded, else a common
    /// key's built-in name (`builtinCategoryNameZh`); a category with neither is left out, for the
    /// caller to show its key.
    public func categoryNamesZh() throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try tx.query("SELECT DISTINCT category FROM products") {
            let key = row.string("category")
            if let builtin = Self.builtinCategoryNameZh(key) { names[key] = builtin }
        }
        for row in try tx.query("SELECT id, name_zh FROM categories") where !row.string("name_zh").isEmpty {
            names[row.string("id")] = row.string("name_zh")
        }
        return names
    }

    /// The catalog's search text, from the store's cache when it is still current.
    func catalogText() throws -> CatalogText {
        let version = try tx.first("SELECT value FROM meta WHERE key = 'catalog'")?.string("value") ?? ""
        if let cached = tx.catalogTextCache?.text(for: version) { return cached }
        let text = CatalogText(rows: try tx.query("SELECT sku, search_text FROM products ORDER BY sku"))
        tx.catalogTextCache?.store(text, for: version)
        return text
    }

    /// "jd-fresh" → "Jd Fresh Store": a readable name for a store the catalog only names by id.
    static func displayName(ofStore id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + " Store"
    }
}
