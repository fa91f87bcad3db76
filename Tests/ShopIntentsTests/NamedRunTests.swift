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
    ])
    func theNamedRunIsTheProduct(text: String, product: String) {
        #expect(engine.parse(text).slots[.product] == .string(product), "\(text)")
    }

    @Test func aSearchTakesTheNamedRunToo() {
        let parse = engine.parse("also a scented candle, housewarming vibes lol")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string("scented candle"))
    }
}
