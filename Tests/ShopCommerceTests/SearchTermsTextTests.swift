import ShopChat
import Testing

/// The byte-level writer of a product's terms (`documentText`, used by imports) must write what
/// `document` makes, term for term: stores built before it must not need a reindex, and a
/// re-import must find unchanged rows unchanged.
@Suite struct SearchTermsTextTests {
    func same(_ fields: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for prose in [false, true] {
            #expect(
                SearchTerms.documentText(fields, prose: prose) == SearchTerms.document(fields, prose: prose).joined(separator: " "),
                "prose: \(prose)", sourceLocation: sourceLocation)
            #expect(
                SearchTerms.documentTextInByteOrder(fields, prose: prose)
                    == CatalogIndexing.inByteOrder(SearchTerms.documentText(fields, prose: prose)),
                "in byte order, prose: \(prose)", sourceLocation: sourceLocation)
        }
    }

    /// A description's terms leave out single Chinese characters (but a lone one) and words
    /// written together, which only names need.
    @Test func proseLeavesOutWhatOnlyNamesNeed() {
        #expect(SearchTerms.document(["warm and light 轻便防漏"], prose: true) == ["warm", "and", "light", "轻便", "便防", "防漏"])
        #expect(SearchTerms.document(["warm and light 轻便防漏"]).contains("warmand"))
        #expect(SearchTerms.document(["warm and light 轻便防漏"]).contains("轻"))
        #expect(SearchTerms.document(["non-stick 锅"], prose: true) == ["non", "stick", "锅"])
    }

    @Test func agreesOnTheDemoCatalog() throws {
        for product in try DemoCatalog.products() {
            same([product.name, product.nameZh, product.brand])
            same([product.category, product.categoryZh, product.store, product.storeName, product.storeNameZh] + product.tags)
            same([product.description, product.descriptionZh])
        }
    }

    @Test func agreesOnGeneratedRows() {
        let generator = CatalogGenerator(count: 5_000, seed: 3)
        for index in 0..<5_000 {
            let row = generator.row(index)
            same([row.name, row.nameZh, row.brand])
            same([row.category, row.categoryZh, row.store, row.storeName, row.storeNameZh] + row.tags)
            same([row.description, row.descriptionZh])
        }
    }

    /// Numbers with points, units after numbers, plurals, pairs of words, letters other than
    /// ASCII (which take `document`'s way), full-width forms, separators of every kind.
    @Test(arguments: [
        ["iPhone15 Pro 128GB", "苹果 iPhone 15"], ["5.5L 电饭煲", "5..5 l", "3.0.1"], ["power bank 20000mAh", "充电宝 2万毫安"],
        ["Levi's 501 jeans", "glass glasses phones"], ["café crème", "ｉＰｈｏｎｅ１５"], ["戴森 Supersonic 吹风机", "兰蔻·小黑瓶（精华）"],
        ["128-GB", "1 TB", "1tb ssd"], ["", " ", "..."], ["a b cd ef", "ab 1 cd"], ["1080p 4k", "p 5p 5.p"], ["😀 emoji 表情"],
        ["𠀀 rare 字", "Ⅻ roman"], ["安踏泳镜 KT-L4368S", "WH-1000XM5 y7000p"], ["SP-X7230K号", "ab-1 abcd-12 a-b-c-1 lx-a5958z-"],
    ])
    func agreesOnHardCases(_ fields: [String]) {
        same(fields)
    }

    /// Random strings over the characters that matter.
    @Test func agreesOnRandomText() {
        let alphabet = Array("aAbsSz0192. -·,，电饭煲吹风机pPgGtTé１Ｂ\t'-")
        var random = SeededRandom(seed: 11)
        for _ in 0..<3_000 {
            let fields = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                String((0..<Int.random(in: 0...16, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            same(fields)
        }
    }
}
