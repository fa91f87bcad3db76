import ShopIntents
import Testing

@testable import ShopConversation

/// A thing named in a story, then only its price asked, is that thing's page, not a search; books
/// named apart by spaces, each counted, are all added (the demo catalog's words: "kindle" and the
/// titles are product words only there).
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

    /// Names apart by spaces, each counted: all of them (it added the last alone).
    @Test func namesApartBySpacesEachCounted() {
        let parse = Self.engine.parse("红楼梦 西游记 史记各来一本")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.products] == .list([.string("红楼梦"), .string("西游记"), .string("史记")]))
        let story = Self.engine.parse("儿子暑假书单 十万个为什么 小王子 西游记 各来一本")
        #expect(story.slots[.products] == .list([.string("十万个为什么"), .string("小王子"), .string("西游记")]))
    }
}
