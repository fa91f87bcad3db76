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
}
