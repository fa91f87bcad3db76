import ShopChat
import Testing

/// A search's brand, category and store filters are also asked of the text index, as the terms
/// a product passing them must hold (`FilterTerms`): that narrows the matches before any row is
/// read. The terms are only a bound — a tag, a name or a store may hold them too — so the
/// filters still decide, alike on both stores.
@Suite struct SearchFilterTermsTests {
    static let products = [
        Product(
            sku: "F1", name: "Kids Smartwatch", nameZh: "儿童手表", brand: "Xiaomi", category: "baby", store: "xiaomi", price: 39_900, stock: 5,
            rating: 4.6),
        // Says "baby" in a tag, sold in another category.
        Product(
            sku: "F2", name: "Smartwatch Pro", nameZh: "智能手表", brand: "Xiaomi", category: "wearables", store: "xiaomi", price: 99_900,
            stock: 5,
            rating: 4.9, tags: ["baby"]),
        // Its name holds "li" and "ning"; its brand is another.
        Product(
            sku: "F3", name: "Li Ning Smartwatch", nameZh: "李宁联名手表", brand: "Huawei", category: "wearables", store: "huawei", price: 89_900,
            stock: 5,
            rating: 5.0),
        Product(
            sku: "F4", name: "Smartwatch Lite", nameZh: "运动手表", brand: "Li-Ning", category: "wearables", store: "lining", price: 29_900,
            stock: 5,
            rating: 4.1),
        Product(
            sku: "F5", name: "Nut Mix", nameZh: "每日坚果", brand: "三只松鼠", category: "snacks", store: "squirrel", price: 9_900, stock: 5,
            rating: 4.7),
        // The brand's words are in its Chinese name only.
        Product(
            sku: "F6", name: "Squirrel Nuts", nameZh: "三只松鼠同款坚果", brand: "Other", category: "snacks", store: "other", price: 5_900,
            stock: 5, rating: 4.8),
    ]

    @Test(arguments: Backend.all)
    func filtersNarrowTheIndexAndStillDecide(backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { _ = try $0.importProducts(Self.products) }
        func found(_ query: SearchQuery) throws -> [String] { try store.write { try $0.search(query).map(\.sku) } }
        #expect(Set(try found(SearchQuery(text: "smartwatch"))) == ["F1", "F2", "F3", "F4"])
        #expect(try found(SearchQuery(text: "smartwatch", category: "baby")) == ["F1"])
        #expect(try found(SearchQuery(text: "smartwatch", brand: "Li-Ning")) == ["F4"])
        #expect(try found(SearchQuery(text: "smartwatch", brand: "li-ning", store: "lining")) == ["F4"])
        #expect(try found(SearchQuery(text: "smartwatch", category: "wearables", brand: "Xiaomi")) == ["F2"])
        #expect(try found(SearchQuery(text: "坚果", brand: "三只松鼠")) == ["F5"])
        #expect(try found(SearchQuery(text: "手表", store: "huawei")) == ["F3"])
        // Nothing has every word: any of them, the filters still hold.
        #expect(try found(SearchQuery(text: "smartwatch zebra", brand: "Li-Ning")) == ["F4"])
        #expect(Set(try found(SearchQuery(text: "smartwatch zebra"))) == ["F1", "F2", "F3", "F4"])
        #expect(try found(SearchQuery(text: "smartwatch", category: "snacks")).isEmpty)
    }

    @Test func aFiltersTermsAreThoseItsProductsHold() {
        let terms = FilterTerms(of: SearchQuery(text: "x", category: "baby", brand: "Li-Ning", store: "lining"))
        #expect(terms.names == ["li", "ning"])
        #expect(terms.other == ["baby", "lining"])
        #expect(FilterTerms(of: SearchQuery(text: "x")).isEmpty)
    }
}

/// The counts a search plans and corrects typos by are kept in the process for the catalog
/// version they were read at (`CatalogCache`): an import that adds a word is seen at once.
@Suite struct CatalogCacheTests {
    @Test(arguments: Backend.all)
    func anImportsNewWordsAreCountedAtOnce(backend: Backend) throws {
        let store = try StoreFixture(backend)
        func found(_ text: String) throws -> [String] { try store.write { try $0.search(SearchQuery(text: text)).map(\.sku) } }
        // "kettel" is corrected only to a word some product holds: none yet.
        #expect(try found("kettel").isEmpty)
        try store.write {
            _ = try $0.importProducts([
                Product(
                    sku: "K9", name: "Steel Kettle", nameZh: "烧水壶", brand: "Midea", category: "kitchen", store: "midea", price: 9_900,
                    stock: 3, rating: 4.5)
            ])
        }
        #expect(try found("kettel") == ["K9"])
        #expect(try found("kettle") == ["K9"])
    }

    @Test(arguments: Backend.all)
    func aCategorysNewChineseNameIsShownAtOnce(backend: Backend) throws {
        let store = try StoreFixture(backend)
        func gadget(_ categoryZh: String) -> Product {
            var product = Product(
                sku: "G7", name: "Desk Gadget", nameZh: "桌面小物", brand: "Xiaomi", category: "gadgets", store: "xiaomi", price: 1_900,
                stock: 3,
                rating: 4.1)
            product.categoryZh = categoryZh
            return product
        }
        try store.write { _ = try $0.importProducts([gadget("小玩意")]) }
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "小玩意")
        try store.write { _ = try $0.importProducts([gadget("数码小物")]) }
        #expect(try store.write { try $0.categoryNamesZh()["gadgets"] } == "数码小物")
    }
}
