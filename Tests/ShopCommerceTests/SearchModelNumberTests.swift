import ShopChat
import Testing

/// A model number is one term besides its pieces: a search for it probes one short list on a
/// catalog of a million, and finds it however the shopper places its hyphen.
@Suite struct SearchModelNumberTests {
    @Test func termsHoldTheWholeNumber() {
        #expect(SearchTerms.modelNumbers(in: "安踏泳镜KT-L4368S 和 wh-1000xm5, 128GB y7000p") == ["KT-L4368S", "wh-1000xm5", "y7000p"])
        #expect(SearchTerms.modelTerm("KT-L4368S") == "ktl4368s")
        #expect(SearchTerms.document(["Anta Swimming Goggles KT-L4368S"]).contains("ktl4368s"))
        #expect(!SearchTerms.document(["Power Bank 20000mAh 128GB"]).contains { $0.contains("20000") && $0.contains("mah") })
        #expect(SearchTerms.query("anta goggles kt-l4368s", knownModels: ["ktl4368s"]) == ["ktl4368s", "anta", "goggle"])
        // Unknown to the catalog: its pieces, as before.
        #expect(SearchTerms.query("anta goggles kt-l4368s", knownModels: []) == SearchTerms.query("anta goggles kt-l4368s"))
    }

    @Test(arguments: Backend.all)
    func findsAModelHoweverItIsHyphenated(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let now = store.now
        let goggles = [
            Product(
                sku: "G1", name: "Anta Swimming Goggles KT-L4368S", brand: "Anta", category: "sports", store: "anta", price: 5_900, stock: 9
            ),
            Product(
                sku: "G2", name: "Anta Swimming Goggles KT-L4369S", brand: "Anta", category: "sports", store: "anta", price: 5_900, stock: 9
            ),
        ]
        try store.database.write { tx in _ = try Commerce(tx, now: now).importProducts(goggles) }
        func skus(_ text: String) throws -> [String] {
            try store.write { try $0.search(SearchQuery(text: text, limit: 5)) }.map(\.sku).filter { $0.hasPrefix("G") }
        }
        #expect(try skus("anta swimming goggles kt-l4368s") == ["G1"])
        #expect(try skus("安踏 KT-L4369S") == ["G2"])
        #expect(try skus("ktl4368s") == ["G1"])
        #expect(try skus("KT L4368S") == ["G1"])
        #expect(try skus("anta goggles") == ["G1", "G2"])
    }
}
