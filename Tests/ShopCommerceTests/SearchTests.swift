import ShopChat
import Testing

@Suite struct SearchTests {
    func skus(_ query: SearchQuery, _ store: StoreFixture) throws -> [String] {
        try store.write { try $0.search(query).map(\.sku) }
    }

    /// Search text is kept in memory per store object; an import anywhere must show at once,
    /// and an import rolled back must never show.
    @Test(arguments: Backend.all)
    func findsWhatAnotherProcessImportsAndNotWhatWasRolledBack(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let other = try store.reopen()
        let now = store.now
        #expect(try skus(SearchQuery(text: "kettle"), store) == [])
        let kettle = Product(sku: "T9", name: "Test Kettle", brand: "Bear", category: "kitchen", store: "bear", price: 9_900, stock: 3)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.database.write { tx in
                _ = try Commerce(tx, now: now).importProducts([kettle])
                #expect(try Commerce(tx, now: now).search(SearchQuery(text: "kettle")).map(\.sku) == ["T9"])
                throw Refused()
            }
        }
        #expect(try skus(SearchQuery(text: "kettle"), store) == [])
        try other.write { tx in _ = try Commerce(tx, now: now).importProducts([kettle]) }
        #expect(try skus(SearchQuery(text: "kettle"), store) == ["T9"])
    }

    @Test(arguments: Backend.all)
    func findsByWordsInAnyCaseAndPlural(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(try skus(SearchQuery(text: "rice COOKER"), store) == ["T1"])
        #expect(try skus(SearchQuery(text: "phones"), store) == ["T3"])
    }

    @Test(arguments: Backend.all)
    func findsChineseNamesIncludingTwoCharacterWords(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(try skus(SearchQuery(text: "电饭煲"), store) == ["T1"])
        #expect(try skus(SearchQuery(text: "袜子"), store) == ["T2"])
    }

    @Test(arguments: Backend.all)
    func filtersByPriceBrandAndCategoryAndSorts(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(try skus(SearchQuery(maxPrice: 20_000, sort: .priceAscending), store) == ["T2", "T1"])
        #expect(try skus(SearchQuery(minPrice: 100_000), store) == ["T3"])
        #expect(try skus(SearchQuery(brand: "xiaomi"), store) == ["T3"])
        #expect(try skus(SearchQuery(category: "kitchen"), store) == ["T1"])
        #expect(try skus(SearchQuery(sort: .priceDescending), store) == ["T3", "T1", "T2"])
        #expect(try skus(SearchQuery(dealsOnly: true), store) == ["T1"])
    }

    @Test(arguments: Backend.all)
    func nothingMatchesNonsense(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(try skus(SearchQuery(text: "zzqqxx"), store).isEmpty)
        #expect(try skus(SearchQuery(text: "\" OR 1=1 --"), store).isEmpty)
    }

    /// The in-memory matcher against the obvious scan, on made-up names from a tiny alphabet
    /// (so words overlap, repeat and sit at the ends of texts), English and Chinese.
    @Test func everyWordMatchAgreesWithAPlainScan() throws {
        var random = SeededRandom(seed: 42)
        let syllables = ["ra", "ce", "co", "ok", "er", "电", "饭", "煲", "a", "rice"]
        func word() -> String { (0..<Int.random(in: 1...3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined() }
        let products = (0..<60).map { index in
            Product(sku: "R\(index)", name: (0..<Int.random(in: 1...3, using: &random)).map { _ in word() }.joined(separator: " "),
                category: "test", store: "test", price: 100, stock: 1)
        }
        let store = try StoreFixture()
        let now = store.now
        try store.database.write { tx in _ = try Commerce(tx, now: now).importProducts(products) }
        for _ in 0..<200 {
            let terms = (0..<Int.random(in: 1...2, using: &random)).map { _ in word() }
            let text = terms.joined(separator: " ")
            let words = Commerce.searchTerms(text)
            let expected = Set(products.filter { product in
                let haystack = [product.name, product.nameZh, product.brand, product.category, product.store].joined(separator: " ").lowercased()
                return words.allSatisfy { haystack.contains($0) }
            }.map(\.sku))
            let found = try store.write { try $0.search(SearchQuery(text: text, limit: 1_000)) }.map(\.sku).filter { $0.hasPrefix("R") }
            // With no product having every word, search falls back to any word: only check the
            // all-words case, which must be exact.
            if !expected.isEmpty {
                #expect(Set(found) == expected, "\(text)")
            }
        }
    }
}
