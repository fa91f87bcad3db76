import ShopChat
import Testing

@Suite struct SearchTests {
    func skus(_ query: SearchQuery, _ store: StoreFixture) throws -> [String] {
        try store.write { try $0.search(query).map(\.sku) }
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
