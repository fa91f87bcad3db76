import Testing

@testable import ShopConversation

/// A product asked about by name in English, a name typed without its accents, and the words of a
/// question right after an add.
@Suite struct ProductAskedTests {
    @Test(arguments: [
        ("how much r the airtags", "airtags"),
        ("How much are the AirPods?", "airpods"),
        ("is the sk-ii sold out now", "sk-ii"),
        ("is the kindle still in stock?", "kindle"),
        ("are the nike socks available", "nike socks"),
    ])
    func englishPriceAndStockQuestionsNameTheirProduct(text: String, name: String) {
        #expect(Conversation.englishAsked(text) == name)
    }

    @Test(arguments: ["is it sold out", "is the shop open", "how are you", "is this available", "看看AirTag"])
    func otherQuestionsNameNoProduct(text: String) {
        #expect(Conversation.englishAsked(text) == nil)
    }

    @Test func accentsAreFoldedForMatchingOnly() {
        #expect(ProductResolver.folded("Estée Lauder") == "Estee Lauder")
        #expect(ProductResolver.folded("雅诗兰黛 小棕瓶") == "雅诗兰黛 小棕瓶")
        #expect(ProductResolver.folded("plain ascii") == "plain ascii")
    }
}
