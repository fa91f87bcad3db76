import Testing

@testable import ShopConversation

/// A sort said as a choice takes that one of the list; said plainly it orders the list
/// (PROTOCOL.md §8a "The list again, in another order").
@Suite struct SortChoiceTests {
    @Test(arguments: ["最便宜的吧", "还是最便宜的", "就最便宜的", "要最贵的", "选评分最高的", "最便宜的吧~"])
    func aChoice(text: String) {
        #expect(Conversation.saysChoice(text), "\(text)")
    }

    @Test(arguments: ["最便宜的", "评分最高的", "cheapest", "最贵的呢"])
    func notAChoice(text: String) {
        #expect(!Conversation.saysChoice(text), "\(text)")
    }
}
