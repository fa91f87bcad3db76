import Foundation
import ShopChat
import Testing

/// On PostgreSQL a large import fills a copy of the products table and swaps it in, in the
/// import's transaction: meanwhile another instance's searches read the catalog as it was; after
/// it, the table has every index under its own name and no copy is left; an import that fails
/// leaves the catalog and its indexes as they were.
@Suite struct PostgresBulkImportTests {
    static func lamps(_ count: Int) -> [Product] {
        (0..<count).map { index in
            Product(
                sku: "L\(index)", name: "Gadget \(index) Lamp", nameZh: "台灯\(index)号", brand: "Opple", category: "home", store: "opple",
                price: 5_000 + Int64(index), stock: 4, rating: 4.6)
        }
    }

    /// An import of 600 lamps into `tx`, large enough to run as a bulk import, every row
    /// written and nothing finished yet.
    static func bulkImport(_ tx: any SQLSession, now: Date = Date()) throws -> CatalogImporter {
        var importer = try CatalogImporter(Commerce(tx, now: now), bulkAfter: 100)
        try importer.expect(rows: 600)
        for product in lamps(600) { try importer.add(product) }
        return importer
    }

    /// A fresh PostgreSQL store holding the fixture's products, and a second instance on it.
    static func twoInstances() throws -> (any ShopDatabase, other: any ShopDatabase) {
        let (database, reopen) = try Backend.postgres.freshStore()
        try database.write { tx in _ = try Commerce(tx, now: Date()).importProducts(StoreFixture.products) }
        return (database, try reopen())
    }

    static func search(_ database: any ShopDatabase, _ text: String) throws -> [String] {
        try database.read { tx in try Commerce(tx, now: Date()).search(SearchQuery(text: text, limit: 5)).map(\.sku) }
    }

    static func layout(_ database: any ShopDatabase) throws -> [String] {
        try database.read { tx in
            try tx.query(
                """
                SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'products' \
                UNION ALL SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'products%' \
                ORDER BY 1
                """
            ).map { try $0.string("name") }
        }
    }

    /// The products table's identity: a swap gives it a new one.
    static func tableID(_ database: any ShopDatabase) throws -> Int64 {
        try database.read { tx in try tx.query("SELECT 'products'::regclass::oid::bigint AS id")[0].int("id") }
    }

    @Test func searchesReadTheOldCatalogUntilTheSwap() throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, other) = try Self.twoInstances()
        let before = try Self.layout(database)
        let table = try Self.tableID(database)
        #expect(before.contains("products_terms") && before.contains("products_pkey") && before.contains("table products"))
        let now = Date()
        let during = try database.write { tx in
            var importer = try Self.bulkImport(tx, now: now)
            // Written, not committed: another connection still searches the catalog as it was.
            let seen = (try Self.search(other, "gadget lamp"), try Self.search(other, "rice cooker").isEmpty)
            _ = try importer.finish()
            return seen
        }
        #expect(during.0.isEmpty)
        #expect(!during.1)
        #expect(try Self.search(other, "gadget 599 lamp") == ["L599"])
        #expect(try Self.search(other, "台灯7号") == ["L7"])
        #expect(try !Self.search(other, "rice cooker").isEmpty)
        #expect(try Self.layout(database) == before)
        #expect(try Self.tableID(database) != table)
    }

    struct Stop: Error {}

    @Test func aFailedBulkImportLeavesTheCatalogAsItWas() throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, _) = try Backend.postgres.freshStore()
        try database.write { tx in _ = try Commerce(tx, now: Date()).importProducts(StoreFixture.products) }
        let before = try Self.layout(database)
        let table = try Self.tableID(database)
        let count = try database.read { tx in try Commerce(tx, now: Date()).productCount() }
        #expect(throws: Stop.self) {
            try database.write { tx in
                var importer = try Self.bulkImport(tx)
                _ = try importer.finish()
                throw Stop()
            }
        }
        #expect(try Self.layout(database) == before)
        #expect(try Self.tableID(database) == table)
        #expect(try database.read { tx in try Commerce(tx, now: Date()).productCount() } == count)
        #expect(try Self.search(database, "gadget lamp").isEmpty)
        #expect(try !Self.search(database, "rice cooker").isEmpty)
    }

    /// Rows go to PostgreSQL as typed arrays in binary, every value as given; a column with a
    /// NULL is refused before anything is sent, and the transaction goes on.
    @Test func rowsGoAsTypedArraysAndANullIsRefused() throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, _) = try Backend.postgres.freshStore()
        let columns = ["sku", "name", "category", "store", "price", "stock", "rating", "search_key", "description"]
        func row(_ sku: String, key: SQLValue, text: String) -> [SQLValue] {
            [.text(sku), .text(text), .text("home"), .text("opple"), .int(1_234), .int(2), .double(4.25), key, .text(text)]
        }
        let awkward = "say \"hi\", {NULL} \\ 台灯\t"
        let (first, refused, again) = try database.write { tx in
            let first = try tx.insertProducts(into: "products", columns: columns, rows: [row("B1", key: .int(7), text: awkward)]).inserted()
            let refused = (try? tx.insertProducts(into: "products", columns: columns, rows: [row("N1", key: .null, text: awkward)])) == nil
            let again = try tx.insertProducts(into: "products", columns: columns, rows: [row("B1", key: .int(8), text: "x")]).inserted()
            return (first, refused, again)
        }
        #expect(first == ["B1"])
        #expect(refused)
        #expect(again.isEmpty)
        try database.read { tx in
            let rows = try tx.query("SELECT sku, name, description, rating, price, search_key FROM products WHERE sku IN ('B1', 'N1')")
            #expect(rows.count == 1)
            #expect(try rows.map { try $0.string("name") } == [awkward])
            #expect(try rows.map { try $0.string("description") } == [awkward])
            #expect(try rows.map { try $0.double("rating") } == [4.25])
            #expect(try rows.map { try $0.int("search_key") } == [7])
        }
    }
}
