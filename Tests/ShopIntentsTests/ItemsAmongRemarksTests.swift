import Testing

@testable import ShopIntents

/// Several things bought clause by clause with a reason beside them, a request then what it is
/// for, and a bargain asked after (stop 48).
@Suite struct ItemsAmongRemarksTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["Bull", "公牛", "Liby", "立白", "Gree", "格力", "Anker", "安克"],
            stores: ["gree": ["gree", "格力"]],
            groups: ["露营"]))

    @Test(arguments: [
        ("再来个逗猫棒 一个猫抓板 听说不给抓板它会挠沙发", ["逗猫棒", "猫抓板"]),
        ("猫抓板和逗猫棒也各来一个 不然沙发要遭殃", ["猫抓板", "逗猫棒"]),
        ("再来一包立白洗衣凝珠 一个公牛插线板 宿舍就一个插坐", ["立白洗衣凝珠", "公牛插线板"]),
    ])
    func aRemarkBesideTheItemsIsNoItem(_ text: String, _ products: [String]) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.products] == .list(products.map(SlotValue.string)), "\(text)")
        #expect(parse.slots[.quantities] == .list(products.map { _ in .int(1) }), "\(text)")
    }

    /// A count of what a thing has, not of how many to buy, is no item of the list.
    @Test func aCountInsideAClauseIsNoItem() {
        let parse = engine.parse("笔记本就两个c口 安克那个扩展坞也来一个")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.products] == nil)
        #expect(parse.slots[.product] == .string("扩展坞"))
    }

    /// One thing bought and a reason is no list: the reason's words are never a product.
    @Test func oneItemAndAReasonIsNoList() {
        let parse = engine.parse("就这个吧 他脚一到冬天就冰凉")
        #expect(parse.slots[.products] == nil)
    }

    @Test func aPurposeAfterTheRequestIsNotTheRequest() {
        let follow = engine.parse("格力店关注一下 看看有没有粉丝券")
        #expect(follow.intent == .storeSubscribe)
        #expect(follow.slots[.store] == .string("gree"))
        let share = engine.parse("帐篷链接发到露营群 让他们看看")
        #expect(share.intent == .shareProduct)
        #expect(share.slots[.product] == .string("帐篷"))
        #expect(PurposeSaid.request("格力店关注一下 看看有没有粉丝券") == "格力店关注一下")
        // A second clause that asks something of its own is no purpose.
        #expect(PurposeSaid.request("格力店关注一下 有没有粉丝券") == nil)
    }

    @Test func howFarABargainHasComeIsItsStart() {
        #expect(engine.parse("现在砍到多少了").intent == .bargainStart)
        let named = engine.parse("台灯砍到多少了")
        #expect(named.intent == .bargainStart)
        #expect(named.slots[.product] == .string("台灯"))
        // A price asked is no bargain.
        #expect(engine.parse("小熊煮蛋器原价多少").intent != .bargainStart)
    }

    @Test func anotherCutIsACut() {
        #expect(engine.parse("再来一刀！").intent == .bargainCut)
        #expect(engine.parse("B3 帮我补一刀").slots[.bargain] == .string("B3"))
    }

    @Test func oneFewerIsNoAdd() {
        let parse = engine.parse("火鸡面太辣了 上次辣哭 少来一袋")
        #expect(parse.intent == .cartRemove)
        #expect(parse.slots[.quantity] == .int(1))
    }

    @Test func versusUnsureOfItselfStillCompares() {
        let parse = engine.parse("supor mini 2l vs the mijia 3l?")
        #expect(parse.intent == .productCompare)
        #expect(parse.slots[.products] == .list([.string("supor mini 2l"), .string("mijia 3l")]))
    }
}

/// "ok 2 sets, my bedroom has 2 windows": an English clause that is only a count is an order of
/// that many of the one in view, or of the one another clause picks.
@Suite struct CountedPleaseTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [
        ("ok 2 sets, my bedroom has 2 windows", "this", 2 as Int64),
        ("i have 2 windows so 2 sets pls", "this", 2),
        ("ok the cheaper one, 2 cans pls", "cheapest", 2),
    ])
    func theCountIsTheOrder(_ text: String, _ product: String, _ count: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
        #expect(parse.slots[.quantity] == .int(count), "\(text)")
    }

    @Test func aCountAloneIsOnlyACount() {
        #expect(CountedPlease.count(of: "2 sets pls") == 2)
        #expect(CountedPlease.count(of: "ok a pair then") == 1)
        #expect(CountedPlease.count(of: "2 windows") == nil)
        #expect(CountedPlease.count(of: "0 sets") == nil)
        #expect(CountedPlease.count(of: "99999999999 sets") == nil)
    }

    /// Another clause that asks something of its own keeps the utterance to the rules before.
    @Test func anotherRequestIsNotAReason() {
        #expect(engine.parse("search socks, 2 pairs").intent == .catalogSearch)
    }
}

/// A newcomer asking what the shop can do, whatever the story around it.
@Suite struct HelpAskedTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [
        "hi! just moved to beijing for a semester, what can u do", "what can u actually do here? can i send red envelopes?",
        "我孙女说在这能买东西 咋弄啊 我不太会",
    ])
    func whatTheShopDoesIsHelp(_ text: String) {
        #expect(engine.parse(text).intent == .help, "\(text)")
    }

    /// How to do one thing is that thing's question, not help; a product that is used is no help.
    @Test(arguments: ["what can you do about a broken kettle", "这个电饭煲怎么用"])
    func oneThingAskedIsNotHelp(_ text: String) {
        #expect(!HelpAsked.asks(text), "\(text)")
    }

    @Test func cancellingThatOrderIsSure() {
        let parse = engine.parse("omg my mom just said shes mailing me her old rice cooker 🙃 cancel that order")
        #expect(parse.intent == .orderCancel)
    }
}

/// Whether what was bought has come is asked of the order, not a check-in (签到 has 到 too).
@Suite struct ArrivalAskedTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: ["奶粉到没到啊", "头盔到了没啊 周六就要骑了", "快递到哪了"])
    func arrivalIsTracked(_ text: String) {
        #expect(engine.parse(text).intent == .orderTrack, "\(text)")
    }

    @Test func aCheckInStaysOne() {
        #expect(engine.parse("签到了吗").intent != .orderTrack)
    }
}
