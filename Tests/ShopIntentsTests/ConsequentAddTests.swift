import Testing

@testable import ShopIntents

/// An add that opens with 那 is what follows from the other clauses, whatever they ask or tell
/// (PROTOCOL.md §8a); 加 and a measure word alone is an add, not a friend named by the measure.
@Suite struct ConsequentAddTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: ["咋还有8块运费 那再来一瓶 凑个包邮", "差43才能用券啊。。那加本百年孤独吧 我爸年轻时候看过说还想看", "啊用了券反而要运费了 那再加包鸡蛋卷凑一凑"])
    func anAddAfterThatIsTheRequest(text: String) {
        #expect(engine.parse(text).intent == .cartAdd, "\(text)")
    }

    /// 加 and a measure word alone add one more; nobody is called 本 or 瓶.
    @Test(arguments: ["那加本", "加本", "再加瓶"])
    func addAndAMeasureWordIsNoFriend(text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.quantity] == .int(1), "\(text)")
    }

    @Test func aFriendNamedIsStillAFriend() {
        #expect(engine.parse("加小明").intent == .friendAdd)
        #expect(engine.parse("加个好友小明").slots[.user] == .string("小明"))
    }

    @Test func withoutThatTheQuestionStays() {
        #expect(engine.parse("咋还有8块运费").intent == .cartQuote)
    }
}
