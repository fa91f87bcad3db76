import Testing

@testable import ShopIntents

/// An add that opens with 那 is what follows from the other clauses, whatever they ask or tell
/// (PROTOCOL.md §8a); without 那 such asides still keep the whole from being an add.
@Suite struct ConsequentAddTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: ["咋还有8块运费 那再来一瓶 凑个包邮", "差43才能用券啊。。那加本百年孤独吧 我爸年轻时候看过说还想看", "啊用了券反而要运费了 那再加包鸡蛋卷凑一凑"])
    func anAddAfterThatIsTheRequest(text: String) {
        #expect(engine.parse(text).intent == .cartAdd, "\(text)")
    }

    @Test func withoutThatTheQuestionStays() {
        #expect(engine.parse("咋还有8块运费").intent == .cartQuote)
    }
}
