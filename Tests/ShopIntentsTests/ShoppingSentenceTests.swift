import Testing

@testable import ShopIntents

/// A story read whole as chatter, with one sentence that shops (IntentEngine.shoppingSentence);
/// "G1" with a want is a group buy however the words read.
@Suite struct ShoppingSentenceTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test func aStoryIsCutAtSentencesClausesAndEmoji() {
        #expect(
            IntentEngine.storyPieces(of: "finals start monday lol. instant noodles pls")
                == ["finals start monday lol", "instant noodles pls"])
        #expect(IntentEngine.storyPieces(of: "next friday 🏝️ need sunscreen, i burn") == ["next friday", "need sunscreen", "i burn"])
        // A decimal and a name with its size stay whole; a space between Chinese clauses parts them.
        #expect(IntentEngine.storyPieces(of: "宝路7.5公斤 iphone 15 有吗") == ["宝路7.5公斤 iphone 15 有吗"])
        #expect(IntentEngine.storyPieces(of: "冰箱用了十五年了 想换个冰箱") == ["冰箱用了十五年了", "想换个冰箱"])
    }

    @Test func theOneSentenceThatShopsIsTheRequest() {
        let parse = engine.shoppingSentence(in: "finals start monday and i'm basically moving into the library lol. instant noodles pls")
        #expect(parse?.intent == .catalogSearch)
        #expect(parse?.slots[.query] == .string("instant noodles"))
    }

    @Test func chatterAloneStaysChatter() {
        #expect(engine.shoppingSentence(in: "my cat hates the car. she cried the whole way lol") == nil)
        #expect(engine.shoppingSentence(in: "我今天好累啊 老板又骂我了") == nil)
        // One sentence is no story.
        #expect(engine.shoppingSentence(in: "instant noodles pls") == nil)
    }

    @Test(arguments: ["我也要 g1", "g1 我也来", "抢G1", "我也要 g1 终于不用挨冻了"])
    func aGroupBuyCodeIsNoRedEnvelope(text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .groupbuyJoin, "\(text)")
        #expect(parse.slots[.group] == .string("G1"), "\(text)")
        // Sure of it: no "group buy or red envelope?" is asked.
        #expect(parse.alternatives.isEmpty, "\(text)")
    }
}
