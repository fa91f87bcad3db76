import Testing

@testable import ShopIntents

/// Stop 51: what someone sent me ("闺女给我发啥了" searched 闺女), a group buy asked for beside a
/// reason ("能开个团吗 便宜点的话我在群里喊一嗓子" searched the reason; "这个能开团吗" was not
/// understood), and "can i send that one back" (read as a share).
@Suite struct AskedInPassingTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["九阳"], stores: [:], categories: ["kitchen": ["豆浆机"]], products: ["九阳豆浆机": "P1"], users: ["bob"],
            groups: ["family"]))

    @Test(arguments: ["闺女给我发啥了", "小林给我发了什么呀", "给我发啥了"])
    func whatWasSentMeIsTheInbox(_ text: String) {
        #expect(engine.parse(text).intent == .inboxShow, "\(text)")
    }

    @Test func anEnvelopeAskedForIsNoInbox() {
        #expect(engine.parse("给我发个红包").intent == .redpacketSend)
        #expect(!IntentEngine.sentToMeAsked("老板给我发红包了吗"))
    }

    @Test(
        arguments: [
            ("能开个团吗 便宜点的话我在群里喊一嗓子", nil), ("我哥我姐也想给公婆岳父换 我开个团拉他们", nil), ("这个能开团吗", "this"),
            ("豆浆机能开团吗", "豆浆机"),
        ] as [(String, String?)])
    func aGroupBuyAskedForIsStarted(_ text: String, _ product: String?) {
        let parse = engine.parse(text)
        #expect(parse.intent == .groupbuyStart, "\(text)")
        #expect(parse.slots[.product] == product.map { .string($0) }, "\(text)")
    }

    @Test(arguments: ["我也参团", "开团的是谁", "拼成了吗"])
    func joiningIsNoStart(_ text: String) {
        #expect(engine.groupBuyStarted(text) == nil, "\(text)")
    }

    @Test(arguments: ["can i send that one back", "can i send this one back"])
    func sendingOneBackIsAReturn(_ text: String) {
        #expect(engine.parse(text).intent == .orderReturn, "\(text)")
    }
}
