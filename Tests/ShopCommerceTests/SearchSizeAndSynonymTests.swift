import ShopChat
import Testing

/// "L码" is the size the catalog writes "L"; "烧水壶" finds kettles whatever their Chinese name;
/// "空军一号" is the Air Force 1 before anything else the brand has. On both stores.
@Suite struct SearchSizeAndSynonymTests {
    static let products = [
        Product(sku: "D1", name: "Pampers Diapers L 52", nameZh: "帮宝适 纸尿裤 L 52片", category: "baby", store: "jd", price: 14_900, stock: 9),
        Product(sku: "D2", name: "Pampers Diapers M 62", nameZh: "帮宝适 纸尿裤 M 62片", category: "baby", store: "jd", price: 14_900, stock: 9),
        Product(sku: "K1", name: "Joyoung Electric Kettle", nameZh: "九阳 电热水壶", category: "kitchen", store: "jd", price: 7_900, stock: 9),
        Product(sku: "K2", name: "Mijia Electric Kettle", nameZh: "米家电水壶", category: "kitchen", store: "jd", price: 6_900, stock: 9),
        Product(
            sku: "N1", name: "Nike Club Hoodie", nameZh: "耐克 连帽卫衣", brand: "Nike", category: "sports", store: "jd", price: 39_900, stock: 9,
            rating: 4.9),
        Product(
            sku: "N2", name: "Nike Air Force 1", nameZh: "耐克 Air Force 1 板鞋", brand: "Nike", category: "sports", store: "jd", price: 79_900,
            stock: 9, rating: 4.6),
    ]

    @Test(arguments: Backend.all)
    func sizesSynonymsAndNicknames(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        func skus(_ text: String) throws -> [String] {
            try store.write { try $0.search(SearchQuery(text: text)).map(\.sku) }
        }
        try store.write { _ = try $0.importProducts(Self.products) }
        #expect(try skus("纸尿裤 L码") == ["D1"])
        #expect(try Set(skus("烧水壶")) == ["K1", "K2"])
        #expect(try skus("耐克空军一号").first == "N2")
    }
}
