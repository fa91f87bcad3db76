import Testing

@testable import ShopIntents

/// Of a story's free words, the run the catalog knows a word of is the product or the query
/// (PROTOCOL.md §8a, "The named part of a story"); a brand, 那个, then a mark ending in 的 is one
/// name; a count never reaches across a space between Chinese words.
@Suite struct NamedRunTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [
        ("老板让我买年会抽奖的奖品 预算5000 一等奖想整个戴森吹风机 还有货吗", "戴森吹风机"),
        ("她还说洗发水快用完了 欧莱雅那个精油的来一瓶", "欧莱雅精油"),
        ("保鲜盒也来一套 装水果", "保鲜盒"),
        ("小米那个咋样", "小米"),
        ("小王子这本书多少钱", "小王子"),
        ("苏泊尔那个5L的来一个", "苏泊尔5L"),
        ("室内成猫那个来一袋", "室内成猫"),
        ("另外那个卓睿的还有货吗", "卓睿"),
    ])
    func theNamedRunIsTheProduct(text: String, product: String) {
        #expect(engine.parse(text).slots[.product] == .string(product), "\(text)")
    }

    /// Chinese words no verb takes and the catalog knows none of, apart from a pointer, say why:
    /// the pointer is the product.
    @Test(arguments: [("那要便宜的那个吧 穿42码", "cheapest"), ("就这个 来6箱 打奶泡一天得小两箱", "this")])
    func aPointerApartFromWhyIsTheProduct(text: String, product: String) {
        #expect(engine.parse(text).slots[.product] == .string(product), "\(text)")
    }

    /// A brand then a pointer that ends the utterance (it once read past the last token).
    @Test(arguments: ["宝路那个", "苏泊尔那个", "小米那个", "美的这款"])
    func aPointerLastIsNoPartOfTheName(text: String) {
        if case .string(let named)? = engine.parse(text).slots[.product] {
            #expect(!named.contains("那个") && !named.contains("这款"), "\(text)")
        }
    }

    @Test func aSearchTakesTheNamedRunToo() {
        let parse = engine.parse("also a scented candle, housewarming vibes lol")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string("scented candle"))
    }
}
