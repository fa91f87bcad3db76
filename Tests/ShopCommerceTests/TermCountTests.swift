import Foundation
import ShopChat
import Testing

/// How many products hold each search term (`search_terms`): PostgreSQL keeps the counts by
/// each import's changes, and they stay what counting every product afresh gives, and what
/// SQLite's FTS5 counts, through new rows, renamed ones and a bulk import.
@Suite struct TermCountTests {
    static func counts(_ store: StoreFixture) throws -> [String: Int64] {
        try store.write { commerce in
            var counts: [String: Int64] = [:]
            for row in try commerce.tx.query("SELECT term, products FROM search_terms") {
                counts[try row.string("term")] = try row.int("products")
            }
            return counts
        }
    }

    @Test func countsKeptByChangesAreTheCountsOfEveryProduct() throws {
        guard Backend.all.contains(.postgres) else { return }
        let demo = try DemoCatalog.products()
        // The demo, then a third of it renamed and re-described with 40 new products, then a
        // file twice the catalog's size (a bulk import: the table is copied and swapped).
        var renamed = demo
        for index in stride(from: 0, to: renamed.count, by: 3) {
            renamed[index].name = "Renamed \(index) Kettle"
            renamed[index].nameZh = "改名\(index)号水壶"
            renamed[index].description = index % 2 == 0 ? "" : "brand new words \(index)"
        }
        let extra = (0..<40).map { index in
            Product(
                sku: "N\(index)", name: "New Widget \(index)", nameZh: "新品\(index)", brand: "Bear", category: "kitchen", store: "bear",
                price: 990, stock: 3)
        }
        let bulk = (0..<800).map { index in
            Product(
                sku: "B\(index)", name: "Bulk Mixer \(index % 37)", nameZh: "搅拌机\(index % 11)", brand: "Midea", category: "kitchen",
                store: "midea", price: 1_990, stock: 3, description: "model \(index)")
        }
        let imports = [demo, renamed + extra, renamed + extra + bulk]
        let stores = try [Backend.sqlite, .postgres].map { try StoreFixture($0) }
        for products in imports {
            var seen: [[String: Int64]] = []
            for store in stores {
                try store.write { commerce in
                    var importer = try CatalogImporter(commerce, bulkAfter: 100)
                    try importer.expect(rows: Int64(products.count))
                    for product in products { try importer.add(product) }
                    _ = try importer.finish()
                }
                seen.append(try Self.counts(store))
            }
            let kept = seen[1]
            try stores[1].write { commerce in try commerce.tx.recountSearchTerms(changes: nil) }
            let recounted = try Self.counts(stores[1])
            #expect(kept == recounted)
            #expect(kept == seen[0])
            #expect(kept["renamed"] != nil || products.count == demo.count)
        }
    }

    /// A product's stored terms are in byte order (PostgreSQL's vector is then made without a
    /// sort): the same terms as written, none lost or joined, sorted as their UTF-8 bytes are.
    @Test func storedTermsAreTheTermsInByteOrder() {
        let texts = ["", "b a", "海尔 haier 7602 尔浴 a ab aa 浴", "z y x", "one", "é e f", "a  b ", " lead"]
        for text in texts {
            let sorted = CatalogIndexing.inByteOrder(text)
            let expected = text.split(separator: " ").sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(sorted.split(separator: " ") == expected, "\(text)")
            #expect(!sorted.hasPrefix(" ") && !sorted.hasSuffix(" ") && !sorted.contains("  "))
        }
    }
}
