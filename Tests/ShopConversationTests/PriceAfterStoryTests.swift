import ShopIntents
import Testing

@testable import ShopConversation

/// A thing named in a story, then only its price asked, is that thing's page, not a search (the
/// demo catalog's words: "kindle" is a product word only there).
@Suite struct PriceAfterStoryTests {
    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    @Test(arguments: [
        ("闺女上初一了想给她整个kindle看书 现在啥价", "kindle"),
        ("想给我妈换个电饭煲 多少钱", "电饭煲"),
    ])
    func thePriceAfterAStoryIsThePage(_ text: String, _ product: String) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == .productShow, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
    }

    /// Without the price asked, the story's thing is searched.
    @Test func withoutThePriceItIsASearch() {
        #expect(Self.engine.parse("闺女上初一了想给她整个kindle看书 有哪些").intent == .catalogSearch)
    }
}
