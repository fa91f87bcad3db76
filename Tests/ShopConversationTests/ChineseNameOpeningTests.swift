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
        #expect(parse.slots["product"] == .string("好奇纸尿裤"))
        #expect(parse.slots["quantity"] == .int(2))
    }

    @Test(arguments: [("好的", IntentName.confirm), ("好的 下单", IntentName.confirm)])
    func theCommandCharacterAloneIsStillACommand(text: String, intent: IntentName) {
        #expect(Self.engine.parse(text).intent == intent)
    }
}
