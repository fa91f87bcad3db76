import ShopChat
import Testing

@Suite struct SearchTests {
    let store: StoreFixture

    init() throws { store = try StoreFixture() }

    func skus(_ query: SearchQuery) throws -> [String] {
        try store.write { try $0.search(query).map(\.sku) }
    }

    @Test func findsByWordsInAnyCaseAndPlural() throws {
        #expect(try skus(SearchQuery(text: "rice COOKER")) == ["T1"])
        #expect(try skus(SearchQuery(text: "phones")) == ["T3"])
    }

    @Test func findsChineseNamesIncludingTwoCharacterWords() throws {
        #expect(try skus(SearchQuery(text: "电饭煲")) == ["T1"])
        #expect(try skus(SearchQuery(text: "袜子")) == ["T2"])
    }

    @Test func filtersByPriceBrandAndCategoryAndSorts() throws {
        #expect(try skus(SearchQuery(maxPrice: 20_000, sort: .priceAscending)) == ["T2", "T1"])
        #expect(try skus(SearchQuery(minPrice: 100_000)) == ["T3"])
        #expect(try skus(SearchQuery(brand: "xiaomi")) == ["T3"])
        #expect(try skus(SearchQuery(category: "kitchen")) == ["T1"])
        #expect(try skus(SearchQuery(sort: .priceDescending)) == ["T3", "T1", "T2"])
        #expect(try skus(SearchQuery(dealsOnly: true)) == ["T1"])
    }

    @Test func nothingMatchesNonsense() throws {
        #expect(try skus(SearchQuery(text: "zzqqxx")).isEmpty)
        #expect(try skus(SearchQuery(text: "\" OR 1=1 --")).isEmpty)
    }
}
