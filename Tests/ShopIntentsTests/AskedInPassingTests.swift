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

/// Stop 51, second part: two clauses that each read right alone ("小雅买了没", "我有奖励吗"), who
/// took an envelope asked in English, where a thing is, a post to Moments after a remark, stars
/// given beside why, and "发我老婆看看" without its 给.
@Suite struct ClausesTogetherTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["LEGO"], stores: [:], categories: ["pets": ["猫砂"], "books": ["流浪地球"]],
            products: ["lego duplo number train": "P1", "豆腐猫砂": "P2", "流浪地球": "P3", "蚕丝被": "P4", "baby formula": "P5"],
            users: [], groups: []))

    @Test(arguments: ["小雅买了没 我有奖励吗", "小林买了没 我分享给她有奖励不"])
    func boughtAndRewardAskedAreTheShareStats(_ text: String) {
        #expect(engine.parse(text).intent == .shareStats, "\(text)")
    }

    @Test(arguments: ["who's collected so far", "who still hasnt grabbed? how many left"])
    func whoTookAnEnvelopeShowsIt(_ text: String) {
        #expect(engine.parse(text).intent == .redpacketShow, "\(text)")
    }

    @Test(arguments: ["wheres the formula?? we're almost out", "where is the lego train now?"])
    func whereAThingIsIsItsDelivery(_ text: String) {
        #expect(engine.parse(text).intent == .orderTrack, "\(text)")
    }

    @Test(arguments: ["where's the store", "where is the coupon", "where is the checkout button"])
    func whereTheShopsThingsAreIsNoDelivery(_ text: String) {
        #expect(!engine.whereIsAsked(text), "\(text)")
    }

    @Test(arguments: [("秒杀的猫砂太香了 发个朋友圈", "猫砂"), ("猫砂太香了 发个朋友圈", "猫砂"), ("太好看了 发个朋友圈", "this")])
    func aPostToMomentsSaidLastSharesTheThingNamed(_ text: String, _ product: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .shareProduct, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
        #expect(parse.slots[.recipient] == .string("moments"), "\(text)")
    }

    @Test func starsBesideWhyAreAReview() {
        let parse = engine.parse("流浪地球四星吧 有点薄")
        #expect(parse.intent == .reviewWrite)
        #expect(parse.slots[.rating] == .int(4))
        #expect(parse.slots[.text] == .string("有点薄"))
        #expect(engine.parse("五星级酒店同款枕头 有吗").intent != .reviewWrite)
    }

    @Test func sentToOnesOwnWithoutGei() {
        let parse = engine.parse("蚕丝被发我老婆看看 她眼光比我好")
        #expect(parse.intent == .shareProduct)
        #expect(parse.slots[.recipient] == .string("@老婆"))
        #expect(engine.parse("发我老婆的地址").intent != .shareProduct)
    }
}

/// Stop 51, English asked around: a language asked for then why, "anyone reviewed …", "is there an
/// anker store on here", "send the scarf back", "screw it, add them", how to grab an envelope.
@Suite struct AskedAroundTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["Anker", "Petkit", "Nike"], stores: ["anker": ["anker"]], categories: [:],
            products: ["nike pegasus 40": "P1", "petkit auto feeder": "P2", "wool scarf": "P3"], users: [], groups: []))

    @Test func aLanguageAskedForThenWhy() {
        let parse = engine.parse("can you reply in chinese from now on? i need the practice")
        #expect(parse.intent == .languageSet)
        #expect(parse.slots[.lang] == .string("zh"))
    }

    @Test func reviewsAskedOfOthers() {
        let parse = engine.parse("anyone reviewed the nike pegasus 40? thinking about them for my half marathon")
        #expect(parse.intent == .productReviews)
        #expect(parse.slots[.product] != nil)
    }

    @Test func aStoreAskedAfter() {
        let parse = engine.parse("my phone dies by 3pm every day 😩 is there an anker store on here")
        #expect(parse.intent == .storeShow)
        #expect(parse.slots[.store] == .string("anker"))
    }

    @Test(arguments: ["so i want to send the scarf back", "coat arrived. but i want to send the scarf back"])
    func sendingTheThingBackIsAReturn(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .orderReturn, "\(text)")
        #expect(parse.slots[.product] == .string("scarf"), "\(text)")
    }

    @Test func sendingToSomeoneWhoWantsItBackIsAShare() {
        #expect(engine.parse("send the kettle to mom, she wants it back").intent == .shareProduct)
    }

    @Test func givingInNamesNothing() {
        let parse = engine.parse("screw it, add them")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("those"))
    }

    @Test(arguments: ["这个怎么抢啊 点这里吗", "红包咋抢"])
    func howToGrabGrabs(_ text: String) {
        #expect(engine.parse(text).intent == .redpacketGrab, "\(text)")
    }
}
