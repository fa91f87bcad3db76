import Testing

@testable import ShopConversation

/// "anything cheaper?" (PROTOCOL.md §8a "A reference alone"): the kind is what most names on
/// screen share, never a size or a model, and nothing when they share nothing.
@Suite struct CheaperAskedTests {
    @Test func theKindIsTheLongestRunMostNamesShare() {
        let english = ["midea rice cooker 4l", "supor mini rice cooker 2l", "xiaomi rice cooker 3l", "philips air fryer"]
        #expect(Conversation.sharedRun(of: english, spaced: true) == "rice cooker")
        #expect(Conversation.sharedRun(of: ["美的电饭煲 4L", "苏泊尔 迷你电饭煲 2L", "小米电饭煲 3L"], spaced: false) == "电饭煲")
        #expect(Conversation.sharedRun(of: ["honor play 8t", "apple iphone 15 pro", "vivo x100"], spaced: true) == nil)
        #expect(Conversation.sharedRun(of: ["anker 20000mah", "xiaomi 20000mah"], spaced: true) == nil, "a size is no kind")
    }

    @Test func cheaperIsSaidNotSuperlative() {
        #expect(Conversation.saysCheaper("anything cheaper?"))
        #expect(Conversation.saysCheaper("有没有更便宜的"))
        #expect(Conversation.saysCheaper("便宜点的有吗"))
        #expect(!Conversation.saysCheaper("最便宜的"))
        #expect(!Conversation.saysCheaper("add the cheapest one"))
    }
}
