import ShopText

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

    /// The other search column by category, store and tags (one string to hash): rows of
    /// one store and category repeat it. Forgotten when a row renames a category or store.
    private var otherTerms: [String: String] = [:]
    /// Products when the import began, and whether the index was set aside to be rebuilt once.
    private let productsAtStart: Int64
    private var bulk = false
    /// Where rows are written: `products`, or the copy a bulk import fills (`beginBulkImport`).
    private var table = "products"

    /// New rows after which an import that grows the catalog by a quarter or more sets the
    /// index aside (`bulkRows` unless a test asks for fewer).
    private let bulkAfter: Int

    public init(_ commerce: Commerce, bulkAfter: Int = CatalogImporter.bulkRows) throws {
        self.commerce = commerce
        self.bulkAfter = bulkAfter
        termCounter = commerce.tx.countsTermsByChanges ? TermCounter() : nil
        names = try CatalogIndexing.NameCache(tx: commerce.tx)
        position = try commerce.tx.scalar("SELECT COALESCE(MAX(position), 0) FROM products")
        productsAtStart = try commerce.tx.scalar("SELECT COUNT(*) FROM products")
    }

    /// Told how many rows the file holds (estimated from its size): a file that must grow the
    /// catalog by `bulkAfter` rows and a quarter sets the index aside before its first row, not
    /// after `bulkAfter` rows indexed one by one (measured: 20,000 rows took 2.3 s that way,
    /// 0.2 s set aside).
    public mutating func expect(rows: Int64) throws {
        let surelyNew = rows - productsAtStart
        if surelyNew >= Int64(bulkAfter), surelyNew * 4 >= productsAtStart { try setIndexAside() }
    }

    /// From here on the index is rebuilt once at the end, faster than row by row.
    private mutating func setIndexAside() throws {
        guard !bulk else { return }
        table = try commerce.tx.beginBulkImport()
        bulk = true
    }

    /// Adds or updates `product`; `nameTerms` and `moreTerms`, when given, are its names' and
    /// descriptions' search terms, made already (CatalogPipeline makes them on another thread).
    public mutating func add(_ product: Product, nameTerms: String? = nil, moreTerms: String? = nil) throws {
        if try names.record(product, commerce.tx) { otherTerms.removeAll(keepingCapacity: true) }
        let made = product.category + "\u{1}" + product.store + "\u{1}" + product.tags.joined(separator: "|")
        let other: String
        if let known = otherTerms[made] {
            other = known
        } else {
            other = CatalogIndexing.otherTerms(
                of: product, categoryZh: names.categoryZh(product.category), storeNames: names.storeNames(product.store))
            if otherTerms.count < 100_000 { otherTerms[made] = other }
        }
        let columns = (
            name: nameTerms ?? CatalogIndexing.nameTerms(of: product), other: other,
            more: moreTerms ?? CatalogIndexing.moreTerms(of: product)
        )
        let values: [SQLValue] = [
            .text(product.name), .text(product.nameZh), .text(product.brand), .text(product.category),
            .text(product.store), .int(product.price), .int(product.stock), .double(product.rating),
            .text(product.tags.joined(separator: "|")), .text(product.description), .text(product.descriptionZh),
            .text(columns.name), .text(columns.other), .text(columns.more),
        ]
        pending.append(Pending(product: product, values: values, columns: columns))
        if pending.count == Self.batchRows { try flush() }
    }

    /// A row read but not yet written: rows are tried as new a batch at a time.
    private struct Pending {
        var product: Product
        var values: [SQLValue]
        var columns: (name: String, other: String, more: String)
    }

    private var pending: [Pending] = []

    /// Rows tried as new at once (`SQLSession.insertProducts`): a statement per row cost ~11 µs
    /// of the writer's time on SQLite and a round trip on PostgreSQL.
    static let batchRows = 1_024

    /// The columns a row sets, in the order of `Pending.values` and then the three `flush` adds.
    static let columns = [
        "name", "name_zh", "brand", "category", "store", "price", "stock", "rating", "tags", "description", "description_zh",
        "search_name", "search_other", "search_more", "search_key", "sku", "position",
    ]

    /// Writes the rows read so far: new ones inserted, then the others compared and updated.
    private mutating func flush() throws {
        let rows = pending
        pending.removeAll(keepingCapacity: true)
        guard !rows.isEmpty else { return }
        if counts.added >= bulkAfter, Int64(counts.added) * 4 >= productsAtStart { try setIndexAside() }
        // Each row takes the next position; one that turns out to exist before the batch's last
        // new row leaves its number unused. Positions only order the catalog; the search key
        // keeps 2^30 of them, so gaps cost room (a re-import leaves at most its own row count),
        // and a key that ran out would fail the import on the unique index, never mix rows up.
        let values = rows.enumerated().map { offset, row in
            let position = position + Int64(offset) + 1
            let key = CatalogIndexing.searchKey(rating: row.product.rating, price: row.product.price, position: position)
            return row.values + [.int(key), .text(row.product.sku), .int(position)]
        }
        let insert = try commerce.tx.insertProducts(into: table, columns: Self.columns, rows: values)
        guard bulk else {
            let inserted = try insert.inserted()
            if let last = rows.lastIndex(where: { inserted.contains($0.product.sku) }) { position += Int64(last) + 1 }
            return try settle(rows, inserted: inserted)
        }
        // A bulk import settles a batch while the store writes the next (on PostgreSQL the two
        // then overlap: 200,000 rows took 17.6 s waiting for each batch, 14.9 s so). Positions
        // can't wait to learn which rows were new: each row keeps its number.
        position += Int64(rows.count)
        try settleSent()
        sent = (rows, insert)
    }

    /// Counts how many more products hold each term than before the import, where the store
    /// keeps its counts by changes (`SQLSession.countsTermsByChanges`); nil elsewhere.
    private let termCounter: TermCounter?
    /// The terms of the batch being settled, handed to `termCounter` together.
    private var termBatch: TermCounter.Batch = []

    /// Counts `columns`' terms (each once, whatever columns hold it) as held by `step` more products.
    private mutating func count(_ columns: (name: String, other: String, more: String), by step: Int64) {
        guard termCounter != nil else { return }
        termBatch.append(([columns.name, columns.other, columns.more], step))
    }

    /// The last batch sent and not settled yet (a bulk import's).
    private var sent: (rows: [Pending], insert: PendingInsert)?

    private mutating func settleSent() throws {
        guard let sent else { return }
        self.sent = nil
        try settle(sent.rows, inserted: try sent.insert.inserted())
    }

    /// Counts the rows inserted as new, and compares and updates the others.
    private mutating func settle(_ rows: [Pending], inserted: Set<String>) throws {
        // A SKU twice in one batch (a list given in code; files refuse it): the first is new,
        // the second updates it, as row by row.
        var added: Set<String> = []
        for row in rows {
            if inserted.contains(row.product.sku), added.insert(row.product.sku).inserted {
                counts.added += 1
                count(row.columns, by: 1)
            } else {
                try update(row)
            }
        }
        termCounter?.add(termBatch)
        termBatch.removeAll(keepingCapacity: true)
    }

    /// Compares an existing row with the file's and writes what changed.
    private mutating func update(_ row: Pending) throws {
        let tx = commerce.tx
        let product = row.product
        let columns = row.columns
        let values = row.values
        guard
            let old = try tx.query(
                """
                SELECT \(Commerce.productColumns), p.search_name, p.search_other, p.search_more, p.search_key, p.position \
                FROM \(verbatim: table) p WHERE p.sku = \(.text(product.sku))
                """
            ).first
        else { return }
        let stored = try Commerce.product(from: old)
        if Self.sameRow(stored, product), try Self.sameTerms(old.string("search_name"), columns.name),
            try Self.sameTerms(old.string("search_other"), columns.other), try Self.sameTerms(old.string("search_more"), columns.more)
        {
            counts.unchanged += 1
            return
        }
        counts.updated += 1
        try count((old.string("search_name"), old.string("search_other"), old.string("search_more")), by: -1)
        count(columns, by: 1)
        if product.price < stored.price {
            try commerce.announce(
                store: product.store,
                "Price drop at \(product.store): \(product.name) is now \(Money.format(product.price)) (was \(Money.format(stored.price))).",
                fields: [("sku", .text(product.sku)), ("price", .int(product.price))])
        }
        // The key moves only when the rating or the price did.
        let key =
            stored.rating == product.rating && stored.price == product.price
            ? try old.int("search_key")
            : CatalogIndexing.searchKey(rating: product.rating, price: product.price, position: try old.int("position"))
        // Every column a row sets up to the search key, each to its value.
        let assignments = zip(Self.columns, values + [.int(key)]).map { column, value -> SQL in "\(verbatim: column) = \(value)" }
        try tx.execute("UPDATE \(verbatim: table) SET \(SQL.joined(assignments, separator: ", ")) WHERE sku = \(.text(product.sku))")
    }

    /// Ends the import: recounts terms and facets once, unless no row changed.
    public mutating func finish() throws -> Counts {
        try flush()
        try settleSent()
        termCounter?.close()
        if bulk { try commerce.tx.endBulkImport() }
        if counts.added + counts.updated > 0 {
            try CatalogIndexing.recount(commerce.tx, termChanges: termCounter?.finish())
            try CatalogIndexing.catalogChanged(commerce.tx)
        }
        return counts
    }

    /// New rows after which an import that grows the catalog by a quarter or more sets the
    /// index aside (measured: 100,000 rows indexed one by one took 4.4 s, rebuilt at once 1.5 s).
    public static let bulkRows = 20_000

    /// Whether a stored search column holds `made`'s terms: a row stored before terms were kept
    /// in byte order (CatalogIndexing.inByteOrder) holds the same ones in another order, and is
    /// not written again for that.
    static func sameTerms(_ stored: String, _ made: String) -> Bool {
        stored == made || CatalogIndexing.inByteOrder(stored) == made
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
