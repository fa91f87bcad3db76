import Foundation
import ShopText

extension Commerce {
    static let productColumns: SQL =
        "p.sku, p.name, p.name_zh, p.brand, p.category, p.store, p.price, p.stock, p.rating, p.tags, p.description, p.description_zh"

    static func product(from row: SQLRow) throws -> Product {
        try Product(
            sku: row.string("sku"), name: row.string("name"), nameZh: row.string("name_zh"),
            brand: row.string("brand"), category: row.string("category"), store: row.string("store"),
            price: row.checkedInt("price", in: 0...Limits.money.upperBound),
            stock: row.checkedInt("stock", in: Limits.stock), rating: row.double("rating"),
            tags: row.string("tags").split(separator: "|").map(String.init),
            description: row.string("description"), descriptionZh: row.string("description_zh"))
    }

    public func product(sku: String) throws -> Product? {
        try tx.query("SELECT \(Self.productColumns) FROM products p WHERE p.sku = \(.text(sku.uppercased()))")
            .first.map { try Self.product(from: $0) }
    }

    /// Products in the order of `skus`, skipping any that no longer exist. One statement per
    /// 16 (a round trip each on PostgreSQL), of one fixed shape for the statement cache.
    public func products(skus: [String]) throws -> [Product] {
        let wanted = skus.map { $0.uppercased() }
        var found: [String: Product] = [:]
        for start in stride(from: 0, to: wanted.count, by: Self.skuBatch) {
            found.merge(try productBatch(Array(wanted[start..<min(start + Self.skuBatch, wanted.count)])), uniquingKeysWith: { a, _ in a })
        }
        return wanted.compactMap { found[$0] }
    }

    /// The products `skus` names if the catalog is still `catalog` (nil if not, or if any of
    /// them is gone): a cached search's list, read back and checked in the statement that reads
    /// its first batch.
    func products(skus: [String], whileCatalogIs catalog: (id: String, version: Int64)) throws -> [Product]? {
        let first = Array(skus.prefix(Self.skuBatch))
        guard !first.isEmpty else { return nil }
        let found = try productBatch(first, whileCatalogIs: catalog)
        guard found.count == first.count else { return nil }
        let read = first.compactMap { found[$0] } + (try products(skus: Array(skus.dropFirst(first.count))))
        return read.count == skus.count ? read : nil
    }

    private static let skuBatch = 16

    /// Up to ``skuBatch`` products by SKU, in one statement of a fixed shape (the batch padded
    /// with its first SKU, so the statement caches hold one text), optionally only while the
    /// catalog is `catalog`.
    private func productBatch(_ skus: [String], whileCatalogIs catalog: (id: String, version: Int64)? = nil) throws -> [String: Product] {
        let padded = (skus + Array(repeating: skus[0], count: Self.skuBatch - skus.count)).map { SQLValue.text($0) }
        let rows =
            if let catalog {
                try tx.query(
                    """
                    SELECT \(Self.productColumns) FROM products p \
                    JOIN catalog_version v ON v.id = \(.text(catalog.id)) AND v.version = \(.int(catalog.version)) \
                    WHERE p.sku IN (\(list: padded))
                    """)
            } else {
                try tx.query("SELECT \(Self.productColumns) FROM products p WHERE p.sku IN (\(list: padded))")
            }
        var found: [String: Product] = [:]
        for row in rows {
            let product = try Self.product(from: row)
            found[product.sku] = product
        }
        return found
    }

    public func productCount() throws -> Int64 {
        try tx.scalar("SELECT COUNT(*) FROM products")
    }

    /// The products whose names the intent engine learns at start: the catalog's first `limit`
    /// (in catalog order), best rated first. Bounded, so start-up does not grow with the catalog;
    /// other products are found through search.
    public func lexiconProducts(limit: Int) throws -> [Product] {
        try tx.query("SELECT \(Self.productColumns) FROM products p ORDER BY p.position, p.sku LIMIT \(.int(Int64(limit)))")
            .map { try Self.product(from: $0) }
            .sorted { left, right in
                if left.rating != right.rating { return left.rating > right.rating }
                if left.price != right.price { return left.price < right.price }
                return left.sku < right.sku
            }
    }

    /// Brands with how many products each has, as the last import counted them.
    public func brands() throws -> [String] {
        try tx.query("SELECT value FROM catalog_facets WHERE kind = 'brand' ORDER BY value").map { try $0.string("value") }
    }

    /// Categories with how many products each has, largest first, as the last import counted them.
    public func categories() throws -> [(category: String, count: Int64)] {
        try tx.query("SELECT value, products FROM catalog_facets WHERE kind = 'category' ORDER BY products DESC, value")
            .map { try ($0.string("value"), $0.int("products")) }
    }

    public func setStock(sku: String, to stock: Int64) throws -> Product {
        try set(\.stock, column: "stock", of: sku, to: stock, within: Limits.stock)
    }

    /// Sets a product's list price (`/price`): the price shoppers pay from now on; orders already
    /// placed keep what they paid (price protection compares with it).
    public func setPrice(sku: String, to price: Int64) throws -> Product {
        try set(\.price, column: "price", of: sku, to: price, within: Limits.money)
    }

    /// One number of a product, range-checked before it reaches the store.
    private func set(
        _ field: WritableKeyPath<Product, Int64>, column: String, of sku: String, to value: Int64, within range: ClosedRange<Int64>
    ) throws -> Product {
        guard var product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard range.contains(value) else { throw CommerceError.outOfRange(what: column, range: range) }
        try tx.execute("UPDATE products SET \(verbatim: column) = \(.int(value)) WHERE sku = \(.text(product.sku))")
        product[keyPath: field] = value
        return product
    }

    /// Adds or updates products by SKU (see `CatalogImporter`).
    public func importProducts(_ products: [Product]) throws -> (added: Int, updated: Int) {
        var importer = try CatalogImporter(self)
        for product in products { try importer.add(product) }
        let counts = try importer.finish()
        return (counts.added, counts.updated)
    }

    /// Chinese names of the store's categories, by key: the name an import recorded, else a common
    /// key's built-in name (`builtinCategoryNameZh`); a category with neither is left out, for the
    /// caller to show its key.
    public func categoryNamesZh() throws -> [String: String] {
        let catalog = try catalogVersion()
        if let catalog, let known = Self.categoryNames.values(of: ["zh"], catalog: catalog)["zh"] { return known }
        var names: [String: String] = [:]
        for row in try tx.query("SELECT value FROM catalog_facets WHERE kind = 'category'") {
            let key = try row.string("value")
            if let builtin = Self.builtinCategoryNameZh(key) { names[key] = builtin }
        }
        for row in try tx.query("SELECT id, name_zh FROM categories") where try !row.string("name_zh").isEmpty {
            try names[row.string("id")] = row.string("name_zh")
        }
        if let catalog { Self.categoryNames.remember(["zh": names], catalog: catalog) }
        return names
    }

    /// "jd-fresh" → "Jd Fresh Store": a readable name for a store the catalog only names by id.
    static func displayName(ofStore id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + " Store"
    }
}
