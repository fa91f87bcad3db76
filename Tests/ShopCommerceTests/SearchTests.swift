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

    /// "scarves" finds a scarf and "batteries" a battery, and a catalog that says "Knives" or
    /// "Cherries" is found by the singular as by the plural (stop 49: both found nothing).
    @Test(arguments: Backend.all)
    func findsPluralsInIesAndVes(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let products = [
            Product(sku: "V1", name: "Cashmere Scarf", brand: "Yanxuan", category: "clothing", store: "yanxuan", price: 29_900, stock: 3),
            Product(sku: "V2", name: "AA Battery 8 Pack", brand: "Nanfu", category: "home", store: "nanfu", price: 2_990, stock: 3),
            Product(
                sku: "V3", name: "Kitchen Knives Set", brand: "Zwilling", category: "kitchen", store: "zwilling", price: 59_900, stock: 3),
            Product(sku: "V4", name: "Chilean Cherries", brand: "Fresh", category: "fresh", store: "fresh", price: 19_900, stock: 3),
        ]
        try store.write { _ = try $0.importProducts(products) }
        #expect(try skus(SearchQuery(text: "scarves"), store) == ["V1"])
        #expect(try skus(SearchQuery(text: "batteries"), store) == ["V2"])
        #expect(try skus(SearchQuery(text: "knife"), store) == ["V3"])
        #expect(try skus(SearchQuery(text: "knives"), store) == ["V3"])
        #expect(try skus(SearchQuery(text: "cherry"), store) == ["V4"])
        #expect(try skus(SearchQuery(text: "cherries"), store) == ["V4"])
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

    /// The store's index against the obvious scan over `SearchTerms`, on made-up names from a
    /// tiny alphabet (so words overlap, repeat and sit at the ends of texts), English and
    /// Chinese: the same products, in the same order (names first, then by search key), on both
    /// stores.
    @Test(arguments: Backend.all)
    func theIndexAgreesWithAPlainScan(_ backend: Backend) throws {
        var random = SeededRandom(seed: 42)
        let syllables = ["ra", "ce", "co", "ok", "er", "电", "饭", "煲", "a", "rice"]
        func word() -> String { (0..<Int.random(in: 1...3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined() }
        func words(_ count: ClosedRange<Int>) -> String {
            (0..<Int.random(in: count, using: &random)).map { _ in word() }.joined(separator: " ")
        }
        let products = (0..<60).map { index in
            Product(
                sku: "R\(index)", name: words(1...3), category: "test", store: "test", price: 100, stock: 1,
                rating: Double(Int.random(in: 30...50, using: &random)) / 10, tags: [words(0...1)].filter { !$0.isEmpty })
        }
        let store = try StoreFixture(backend)
        let now = store.now
        try store.database.write { tx in _ = try Commerce(tx, now: now).importProducts(products) }
        var checked = 0
        for _ in 0..<200 {
            let text = words(1...2)
            let terms = SearchTerms.query(text)
            func holds(_ fields: [String]) -> Bool { Set(SearchTerms.document(fields)).isSuperset(of: terms) }
            // Best rated, then cheapest, then first in the catalog (the search key).
            let position = Dictionary(uniqueKeysWithValues: products.enumerated().map { ($1.sku, $0) })
            let byRank: (Product, Product) -> Bool = {
                ($0.rating, -$0.price, -position[$0.sku]!) > ($1.rating, -$1.price, -position[$1.sku]!)
            }
            let ranked = products.filter { holds([$0.name, $0.nameZh, $0.brand]) }.sorted(by: byRank)
            // Those whose name's head the query names first (NameHead), as ranked otherwise.
            let named = ranked.filter { NameHead.isNamed($0, by: terms) } + ranked.filter { !NameHead.isNamed($0, by: terms) }
            let elsewhere = products.filter { holds([$0.name, $0.nameZh, $0.brand, $0.category, $0.store] + $0.tags) }
                .filter { product in !named.contains(product) }.sorted(by: byRank)
            let found = try store.write { try $0.search(SearchQuery(text: text, limit: 1_000)) }.map(\.sku).filter { $0.hasPrefix("R") }
            // With no product having every word, search falls back to fixed or any words: only
            // check the all-words case, which must be exact.
            guard !terms.isEmpty, !(named + elsewhere).isEmpty else { continue }
            checked += 1
            #expect(found == (named + elsewhere).map(\.sku), "\(text)")
        }
        #expect(checked > 50)
    }
}
