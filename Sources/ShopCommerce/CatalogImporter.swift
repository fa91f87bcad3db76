/// Writes catalog rows into the store one at a time, inside the caller's transaction, so a file
/// of any size is imported in bounded memory and all or nothing (a bad row found later throws,
/// and the transaction rolls back). A row equal to the stored one is not written at all: a
/// re-import touches only the rows that changed.
///
/// The Chinese category names and the store names the rows give are recorded (the last given
/// wins); a store no row names is created with a name made from its id, and an existing store
/// keeps what no row renames. A lower price tells the store's followers.
public struct CatalogImporter {
    public struct Counts: Sendable, Equatable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        public var total: Int { added + updated + unchanged }
    }

    let commerce: Commerce
    private var names: CatalogIndexing.NameCache
    private var position: Int64
    public private(set) var counts = Counts()

    public init(_ commerce: Commerce) throws {
        self.commerce = commerce
        names = CatalogIndexing.NameCache(tx: commerce.tx)
        position = try commerce.tx.scalar("SELECT COALESCE(MAX(position), 0) FROM products")
    }

    public mutating func add(_ product: Product) throws {
        let tx = commerce.tx
        try commerce.recordNames(of: product)
        if !product.categoryZh.isEmpty || !product.storeName.isEmpty || !product.storeNameZh.isEmpty {
            names.forget(category: product.category, store: product.store)
        }
        let columns = CatalogIndexing.columns(
            of: product, categoryZh: try names.categoryZh(product.category), storeNames: try names.storeNames(product.store))
        let old = try tx.query(
            "SELECT \(Commerce.productColumns), p.search_name, p.search_other FROM products p WHERE p.sku = ?", [.text(product.sku)]
        ).first
        let values: [SQLValue] = [
            .text(product.name), .text(product.nameZh), .text(product.brand), .text(product.category),
            .text(product.store), .int(product.price), .int(product.stock), .double(product.rating),
            .text(product.tags.joined(separator: "|")), .text(product.description), .text(product.descriptionZh),
            .text(columns.name), .text(columns.other),
        ]
        guard let old else {
            counts.added += 1
            position += 1
            try tx.execute(
                "INSERT INTO products (name, name_zh, brand, category, store, price, stock, rating, tags, description, description_zh, search_name, search_other, sku, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values + [.text(product.sku), .int(position)])
            return
        }
        let stored = try Commerce.product(from: old)
        if Self.sameRow(stored, product), old.string("search_name") == columns.name, old.string("search_other") == columns.other {
            counts.unchanged += 1
            return
        }
        counts.updated += 1
        if product.price < stored.price {
            try commerce.announce(
                store: product.store,
                "Price drop at \(product.store): \(product.name) is now \(Money.format(product.price)) (was \(Money.format(stored.price))).",
                fields: [("sku", .text(product.sku)), ("price", .int(product.price))])
        }
        try tx.execute(
            "UPDATE products SET name = ?, name_zh = ?, brand = ?, category = ?, store = ?, price = ?, stock = ?, rating = ?, tags = ?, description = ?, description_zh = ?, search_name = ?, search_other = ? WHERE sku = ?",
            values + [.text(product.sku)])
    }

    /// Ends the import: recounts terms and facets once, unless no row changed.
    public func finish() throws -> Counts {
        if counts.added + counts.updated > 0 { try CatalogIndexing.recount(commerce.tx) }
        return counts
    }

    /// The fields a catalog row sets, equal (the names it records for stores and categories
    /// are compared through the search columns, which hold them).
    static func sameRow(_ stored: Product, _ row: Product) -> Bool {
        stored.name == row.name && stored.nameZh == row.nameZh && stored.brand == row.brand
            && stored.category == row.category && stored.store == row.store && stored.price == row.price
            && stored.stock == row.stock && stored.rating == row.rating && stored.tags == row.tags
            && stored.description == row.description && stored.descriptionZh == row.descriptionZh
    }
}
