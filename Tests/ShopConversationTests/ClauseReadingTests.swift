import ShopConversation
import ShopIntents
import Testing

/// A request among reasons, reactions and asides is read by its own clause; swaps name what
/// follows the swap word; red envelopes are sent, grabbed and asked about by their words.
@Suite struct ClauseReadingTests {
    /// The demo catalog's words: which words are brands, stores and products decides these readings.
    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    @Test(arguments: [
        (
            "女朋友生日想送精华 兰蔻小黑瓶跟雅诗兰黛小棕瓶哪个好", IntentName.productCompare, SlotName.products,
            SlotValue.list([.string("兰蔻小黑瓶"), .string("雅诗兰黛小棕瓶")])
        ),
        ("瑜伽垫有推荐的吗 刚开始练", .catalogSearch, .query, .string("瑜伽垫")),
        ("回南天家里墙都出水了 除湿机有吗", .catalogSearch, .query, .string("除湿机")),
        ("公司下午茶想囤点零食，三只松鼠的都有啥", .catalogSearch, .brand, .string("Three Squirrels")),
        ("我妈想要个电饭煲，有美的的吗", .catalogSearch, .query, .string("电饭煲")),
        ("孩子上小学了 十万个为什么多少钱", .productShow, .product, .string("十万个为什么")),
        ("荣耀X50咋样", .productShow, .product, .string("荣耀X50")),
        ("深入理解那本太厚了 先不要了", .cartRemove, .product, .string("深入理解")),
        ("火鸡面太辣了 还是不要了吧", .cartRemove, .product, .string("火鸡面")),
        ("维达抽纸来三提", .cartAdd, .product, .string("维达抽纸")),
    ])
    func theRequestsClauseNamesIt(_ text: String, _ intent: IntentName, _ slot: SlotName, _ value: SlotValue) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == intent, "\(text)")
        #expect(parse.slots[slot] == value, "\(text): \(parse.slots)")
    }

    /// A price said in another clause still bounds the search.
    @Test func aPriceInAnotherClauseStays() {
        let parse = Self.engine.parse("想给我妈买个电饭煲，300以内的有吗")
        #expect(parse.slots[.query] == .string("电饭煲"))
        #expect(parse.slots[.maxPrice] == .int(30000))
    }

    /// A name the catalog knows keeps its last character: 美的 (the brand Midea), not 美.
    @Test func aKnownNameKeepsItsParticle() {
        #expect(Self.engine.parse("搜美的").slots[.brand] == .string("Midea"))
        #expect(Self.engine.parse("有卖口罩的吗").slots[.query] == .string("口罩"))
    }

    /// Product and count said in two clauses stay together (cart.add is not read clause by clause).
    @Test func anAddSaidInTwoClausesKeepsItsProduct() {
        let parse = Self.engine.parse("那烟台苹果呢 来一箱")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("烟台苹果"))
    }

    @Test(
        arguments: [
            ("想了想家里人多 还是换成苏泊尔那个5L的吧", "苏泊尔5L", nil), ("哦不对 宝宝现在穿M码 换成M的", "M", nil),
            ("听说凝珠方便 换成立白的凝珠吧", "立白的凝珠", nil), ("家里就俩人喝不完 换成金典那个12盒的", "金典12盒", nil),
            ("不对不对 凝珠评分才3.9 还是换回蓝月亮 一桶就行", "蓝月亮", 1), ("hmm 3.9 stars is meh. swap it for the airpods", "airpods", nil),
            ("no wait, anta was rated higher. back to the anta", "anta", nil),
            ("145 for an adapter?? swap it for the anker 30w charger", "anker 30w charger", nil),
            ("swap it for 3 of P1002", "p1002", 3),
        ] as [(String, String, Int64?)])
    func aSwapNamesWhatFollowsIt(_ text: String, _ product: String, _ quantity: Int64?) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == .cartUpdate, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text): \(parse.slots)")
        #expect(parse.slots[.quantity] == quantity.map(SlotValue.int), "\(text): \(parse.slots)")
    }

    /// "switch to user grace" changes who speaks; "换成英文" the language.
    @Test func otherSwitchesAreNoSwaps() {
        #expect(Self.engine.parse("switch to user grace").intent == .accountLogin)
        #expect(Self.engine.parse("换成英文").intent == .languageSet)
    }

    @Test(arguments: [
        ("谢谢老大 抢一个", IntentName.redpacketGrab), ("手慢无 抢", .redpacketGrab), ("老公的红包 我领一下", .redpacketGrab),
        ("都谁抢了", .redpacketShow), ("还剩几个没抢", .redpacketShow), ("我妈领了没", .redpacketShow), ("did he take it", .redpacketShow),
        ("再签一下", .pointsCheckin), ("got any coupons for me?", .couponClaim), ("抢第一个", .flashBuy), ("show my coupons", .couponList),
    ])
    func redEnvelopesCheckInsAndCouponsByTheirWords(_ text: String, _ intent: IntentName) {
        #expect(Self.engine.parse(text).intent == intent, "\(text)")
    }

    /// "那就2份吧" after a refused 3 is a count of the product, not a red envelope's shares.
    @Test func aBareCountIsNoRedEnvelope() {
        let parse = Self.engine.parse("那就2份吧")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.quantity] == .int(2))
        #expect(Self.engine.parse("分5份").intent == .redpacketSend)
    }

    @Test func chatSpellingIsNoQuery() {
        #expect(Self.engine.parse("do u guys have green tea").slots[.query] == .string("green tea"))
    }

    @Test func aPackInTheNameIsOnePack() {
        let parse = Self.engine.parse("add a 6 pack of philips bulbs")
        #expect(parse.slots[.quantity] == .int(1))
        #expect(parse.slots[.product] == .string("philips bulbs 6 pack"))
    }

    @Test func theLastOneIsNoOrderNumber() {
        let parse = Self.engine.parse("oops my wife already bought an umbrella, cancel the last one")
        #expect(parse.intent == .orderCancel)
        #expect(parse.slots[.order] == nil)
    }

    @Test(arguments: [
        ("那加一提安慕希凑个包邮", IntentName.cartAdd, [SlotName.product: SlotValue.string("安慕希"), .quantity: .int(1)]),
        ("那个保暖内衣来两件 我跟我老公一人一件", .cartAdd, [.product: .string("保暖内衣"), .quantity: .int(2)]),
        ("同事也要一个 再来一个", .cartAdd, [.quantity: .int(1)]), ("划算 g1算我一个", .groupbuyJoin, [.group: .string("G1")]),
        ("actually 2 is enough", .cartUpdate, [.quantity: .int(2)]), ("fine give me all 21", .cartAdd, [.quantity: .int(21)]),
        ("再配支完美日记的口红", .cartAdd, [.product: .string("完美日记的口红")]),
    ])
    func peopleReasonsAndCountsAroundARequest(_ text: String, _ intent: IntentName, _ slots: Slots) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == intent, "\(text)")
        #expect(parse.slots == slots, "\(text): \(parse.slots)")
    }

    @Test(arguments: [
        ("一袋快四十了有点贵啊 换成鸭脖吧", IntentName.cartUpdate, [SlotName.product: SlotValue.string("鸭脖")]),
        ("鞋码偏小 穿着挤脚 鞋子想退了", .orderReturn, [.product: .string("鞋子"), .reason: .string("not_as_described")]),
        ("3包太多了 家里放不下 2包吧", .cartUpdate, [.quantity: .int(2)]), ("最便宜那条怎么样", .productShow, [.product: .string("cheapest")]),
        ("宝路那个7.5kg的来一袋", .cartAdd, [.product: .string("宝路7.5kg"), .quantity: .int(1)]),
        ("美的微波炉来一台 租的房子做饭用", .cartAdd, [.product: .string("美的微波炉"), .quantity: .int(1)]),
        ("need a phone for my mom rn, idk maybe under 1500", .catalogSearch, [.category: .string("phones"), .maxPrice: .int(150000)]),
        ("how much is the nalgene bottle normally", .productShow, [.product: .string("nalgene bottle")]),
        ("hows the legion", .productShow, [.product: .string("legion")]),
        ("2 packs of nanjiren cotton socks", .cartAdd, [.product: .string("nanjiren cotton socks"), .quantity: .int(2)]),
        ("scratch that, give me the first one instead, its cheaper", .cartUpdate, [.product: .int(1)]),
        ("ugh my sister already got the baby a play gym, cancel the newest one", .orderCancel, [:]),
        ("can i get it cheaper? start a group buy on it", .groupbuyStart, [.product: .string("this")]),
        ("no wait 2, we dont drink that much", .cartUpdate, [.product: .string("this"), .quantity: .int(2)]),
        ("hmm 4 is a lot actually, 3", .cartUpdate, [.quantity: .int(3)]), ("ugh ok just the 1 then", .cartUpdate, [.quantity: .int(1)]),
        ("店还不错 先关注了", .storeSubscribe, [:]), ("我都关注了啥店", .storeList, [:]), ("好嘞", .confirm, [:]),
        ("did jake get it?", .redpacketShow, [:]), ("九阳那个电蒸锅平时卖多少", .productShow, [.product: .string("Joyoung 电蒸锅")]),
    ])
    func moreWaysOfSayingIt(_ text: String, _ intent: IntentName, _ slots: Slots) {
        let parse = Self.engine.parse(text)
        #expect(parse.intent == intent, "\(text)")
        #expect(parse.slots == slots, "\(text): \(parse.slots)")
    }

    /// Small talk stays small talk: "how's the weather" is no product.
    @Test func theWeatherIsNoProduct() {
        #expect(Self.engine.parse("how's the weather in shanghai tomorrow").intent == .fallback)
    }

    @Test func noWordOfADealIsASearch() {
        #expect(Self.engine.parse("回南天家里墙都出水了 除湿机有吗").intent == .catalogSearch)
        #expect(Self.engine.parse("今日特惠").intent == .catalogDeals)
    }
}

/// A choice after its reason: the product the reason names, else the one in focus.
@Suite struct ChoiceAfterReasonTests {
    @Test(arguments: [
        ("小棕瓶评分高点 就它了", "小棕瓶"), ("小米的评分高还便宜 就它了", "小米"), ("小米的便宜，就要这个", "小米"),
        ("评分高 就它了", "this"),
    ])
    func theReasonNamesTheChoice(_ text: String, _ product: String) {
        let parse = ClauseReadingTests.engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text): \(parse.slots)")
    }

    /// No choice word, no reading: "小米的评分高还便宜" alone is no add.
    @Test func aReasonAloneChoosesNothing() {
        #expect(ClauseReadingTests.engine.parse("小米的评分高还便宜").intent != .cartAdd)
    }
}

/// A group buy asked among reasons is the request; a product named in any clause stays its own.
@Suite struct GroupBuyClauseTests {
    @Test(arguments: ["有点贵 能拼团不 我开个团", "太贵了 能拼团吗", "拼团 有点贵"])
    func aGroupBuyAmongReasonsStartsOne(_ text: String) {
        let parse = ClauseReadingTests.engine.parse(text)
        #expect(parse.intent == .groupbuyStart, "\(text)")
        #expect(parse.slots[.product] == nil, "\(text): \(parse.slots)")
    }

    @Test func aProductNamedInAClauseIsTheGroupBuys() {
        let parse = ClauseReadingTests.engine.parse("空气炸锅能拼团不，我开个团")
        #expect(parse.intent == .groupbuyStart)
        #expect(parse.slots[.product] != nil)
    }
}

/// Thanks with an ok is thanks, never a yes (a yes places what waits).
@Suite struct OkThanksTests {
    @Test(arguments: ["好的谢谢", "好的 谢谢啦", "嗯嗯 谢谢", "ok thanks"])
    func okThanksIsThanks(_ text: String) {
        #expect(ClauseReadingTests.engine.parse(text).intent == .thanks, "\(text)")
    }

    @Test func aYesIsStillAYes() {
        #expect(ClauseReadingTests.engine.parse("好的").intent == .confirm)
        #expect(ClauseReadingTests.engine.parse("好的谢谢 确认").intent == .confirm)
    }
}

/// A tap on a red envelope named before it grabs it.
@Suite struct RedEnvelopeTapTests {
    @Test(arguments: ["儿子发的红包 我点一下", "又有红包 拆开", "老公的红包 我领一下"])
    func aTapGrabs(_ text: String) {
        #expect(ClauseReadingTests.engine.parse(text).intent == .redpacketGrab, "\(text)")
    }

    @Test func aTapOnNothingNamedIsNoGrab() {
        #expect(ClauseReadingTests.engine.parse("这个链接 我点一下").intent != .redpacketGrab)
    }
}
