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

    @Test(arguments: [
        ("卷纸那单没事吧", "卷纸"), ("罗技那单还在吧", "罗技"), ("我买的键盘那个订单到哪了", "键盘"), ("where's the lego train at", "lego train"),
        ("track the kindle order", "kindle"),
    ])
    func anOrderIsNamedByWhatIsInIt(text: String, words: String) {
        #expect(Conversation.productOfOrder(text) == words)
    }

    @Test(arguments: ["where's my order", "where's the package", "刚下的那单取消掉", "取消订单1002", "track it"])
    func otherWordsNameNoProductOfAnOrder(text: String) {
        #expect(Conversation.productOfOrder(text) == nil)
    }

    @Test func accentsAreFoldedForMatchingOnly() {
        #expect(ProductResolver.folded("Estée Lauder") == "Estee Lauder")
        #expect(ProductResolver.folded("雅诗兰黛 小棕瓶") == "雅诗兰黛 小棕瓶")
        #expect(ProductResolver.folded("plain ascii") == "plain ascii")
    }
}
