import Foundation
import ShopChat
import Testing

/// The same catalog finds the same products in the same order on SQLite and PostgreSQL: every
/// query of the judged set, plain and with each kind of filter.
@Suite struct SearchConformanceTests {
    static let judged: [String] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus/search/demo.tsv")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") || line.isEmpty ? nil : line.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init)
        }
    }()

    @Test func bothStoresAnswerEveryJudgedQueryAlike() throws {
        guard Backend.all.contains(.postgres) else { return }
        #expect(Self.judged.count >= 200)
        let stores = try [Backend.sqlite, .postgres].map { backend in
            let store = try StoreFixture(backend)
            let now = store.now
            try store.database.write { tx in _ = try Commerce(tx, now: now).importProducts(try DemoCatalog.products()) }
            return store
        }
        var compared = 0
        for (index, text) in Self.judged.enumerated() {
            // Every query plain; every fourth with a filter and with a sort too.
            let filtered = [
                SearchQuery(text: text, maxPrice: 50_000, dealsOnly: true), SearchQuery(text: text, sort: .priceAscending, limit: 3),
            ]
            for query in [SearchQuery(text: text)] + (index % 4 == 0 ? filtered : []) {
                let answers = try stores.map { store in try store.write { try $0.search(query).map(\.sku) } }
                #expect(answers[0] == answers[1], "\(query)")
                if !answers[0].isEmpty { compared += 1 }
            }
        }
        #expect(compared > 250)
    }

    /// Words thousands of products hold are read a rating at a time on PostgreSQL (its
    /// `textMatch` slices): the lists are still the whole catalog's best, as SQLite's. A sixth
    /// of the products are rated below every slice but the last, at one price, so that a search
    /// at that price finds nothing until the last.
    @Test func commonWordsFindTheSameBestOnBothStores() throws {
        guard Backend.all.contains(.postgres) else { return }
        let generator = CatalogGenerator(count: 6_000, seed: 3)
        let path = TestFiles.path("common", suffix: ".csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try generator.write(to: path)
        let products = try CatalogImport.parse(try String(contentsOfFile: path, encoding: .utf8)).enumerated().map { index, product in
            var product = product
            if index % 6 == 0 {
                product.rating = Double(10 + index % 24) / 10
                product.price = 123_456
            }
            return product
        }
        let stores = try [Backend.sqlite, .postgres].map { backend in
            let store = try StoreFixture(backend)
            let now = store.now
            try store.database.write { tx in _ = try Commerce(tx, now: now).importProducts(products) }
            return store
        }
        let common = try stores[1].write { commerce in
            try commerce.tx.query("SELECT term FROM search_terms WHERE products > 1000 AND products <= 20000 ORDER BY term")
                .map { try $0.string("term") }
        }
        #expect(common.count >= 5, "\(common)")
        var compared = 0
        for term in common {
            let queries = [
                SearchQuery(text: term), SearchQuery(text: term, limit: 200), SearchQuery(text: term, maxPrice: 3_000),
                SearchQuery(text: term, minPrice: 123_456, maxPrice: 123_456, limit: 50),
            ]
            for query in queries {
                let answers = try stores.map { store in try store.write { try $0.search(query).map(\.sku) } }
                #expect(answers[0] == answers[1], "\(query)")
                if !answers[0].isEmpty { compared += 1 }
            }
        }
        #expect(compared >= common.count * 3)
    }
}
