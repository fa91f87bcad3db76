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
}
