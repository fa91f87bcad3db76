import ShopConversation
import ShopIntents
import Testing

/// A character that is a command on its own (好 of 好的) is a product's when a Chinese name of
/// the catalog opens with it there (好奇 纸尿裤).
@Suite struct ChineseNameOpeningTests {
    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    @Test(arguments: ["好奇纸尿裤来两包", "来两包好奇纸尿裤"])
    func aBrandOpeningWithACommandCharacterKeepsIt(text: String) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("好奇纸尿裤"))
        #expect(parse.slots[.quantity] == .int(2))
    }

    @Test(arguments: [("好的", IntentName.confirm), ("好的 下单", IntentName.confirm)])
    func theCommandCharacterAloneIsStillACommand(text: String, intent: IntentName) {
        #expect(Self.engine.parse(text).intent == intent)
    }

    @Test func anAddInEachClauseAddsBoth() {
        let parse = Self.engine.parse("维达卷纸来一提 再来瓶滴露洗手液")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.products] == .list([.string("维达卷纸"), .string("滴露洗手液")]))
        #expect(parse.slots[.quantities] == .list([.int(1), .int(1)]))
    }

    @Test(arguments: ["顺便猫条也来一盒 我家主子爱吃", "再来一件 给我老公", "要两个 来快点"])
    func aReasonOrACountIsNoSecondProduct(text: String) {
        #expect(Self.engine.parse(text).slots[.products] == nil)
    }

    @Test func aCountInChineseNumeralsIsNoOrderNumber() {
        #expect(Self.engine.parse("哎呀抽纸家里还有一大箱 刚下的那单取消掉").slots[.order] == nil)
        #expect(Self.engine.parse("取消订单1002").slots[.order] == .int(1002))
    }
}
