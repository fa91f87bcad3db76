import ShopIntents
import Testing

@testable import ShopConversation

/// "and now?" asks again the last question of how things stand; "钱包不够啊 那发5个吧" changes the
/// envelope that waits; a search of a stray word searches the thing an earlier clause names.
@Suite struct AskedAgainTests {
    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    @Test(arguments: ["and now?", "Now?", "现在呢", "那现在呢？", "what about now"])
    func askingAgainIsKnown(_ text: String) {
        #expect(Conversation.asksAgain(text), "\(text)")
    }

    @Test(arguments: ["and now add the kettle", "现在呢 我要买个电饭煲", "now search socks"])
    func aRequestOfItsOwnIsNotAskingAgain(_ text: String) {
        #expect(!Conversation.asksAgain(text), "\(text)")
    }

    @Test func theClauseAfterThenChangesTheEnvelope() {
        #expect(Conversation.packetChangeAfterThen("钱包不够啊 那发5个吧 外婆她老人家不抢红包") == [.count: .int(5)])
        #expect(Conversation.packetChangeAfterThen("钱包不够啊 那就288吧 还是8个") == [.amount: .int(28_800), .count: .int(8)])
        // Before 那 is why: its numbers are not the envelope's.
        #expect(Conversation.packetChangeAfterThen("钱包就剩100了 那发5个吧") == [.count: .int(5)])
        #expect(Conversation.packetChangeAfterThen("那发5个吧") == nil)
        #expect(Conversation.packetChangeAfterThen("钱包不够啊 那算了") == nil)
        // Too large to hold is kept too large, for the preview to refuse.
        #expect(Conversation.packetChangeAfterThen("不够 那就99999999999999999吧") == nil)
        #expect(Conversation.packetChangeAfterThen("不够 那就999999999999吧") == [.amount: .int(99_999_999_999_900)])
    }

    @Test(arguments: [
        ("茶水间又被搬空了😤 一上午三个人来问我要纸 先补抽纸 有哪几种", "抽纸"),
        ("家里金毛一岁半了 胃口贼大 一个月吃两袋狗粮 有大袋的吗", "狗粮"),
        ("下个月闺蜜结婚 我当伴娘🥹 想送个实用点的 她老吐槽家里吹风机吹半小时都不干", "吹风机"),
    ])
    func aStraySearchSearchesTheThingNamed(_ text: String, _ query: String) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == .catalogSearch, "\(text)")
        #expect(parse.slots[.query] == .string(query), "\(text)")
    }

    /// A filtered search whose words name nothing sold browses the kind another clause names
    /// (it searched "老人家", "五六年了卡得要死"; the words 手机 listed screen films first).
    @Test(arguments: [
        ("给我爸买个手机 老人家用 1500以内的有啥", 150_000),
        ("我妈手机用了五六年了卡得要死 给她换个 一千以内的有啥", 100_000),
    ])
    func aFilteredSearchOfAStoryBrowsesTheKindNamed(_ text: String, _ most: Int64) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == .catalogSearch, "\(text)")
        #expect(parse.slots[.category] == .string("phones"), "\(text)")
        #expect(parse.slots[.query] == nil, "\(text)")
        #expect(parse.slots[.maxPrice] == .int(most), "\(text)")
    }

    /// With nothing named elsewhere the search stands as read.
    @Test func aStraySearchAloneStands() {
        #expect(Self.engine.parse("有哪几种").slots[.query] == .string("几种"))
    }
}
