import Testing

@testable import ShopIntents

/// Questions and requests whose words say what they are: how many are left, what the points are
/// worth, a group buy started, a store followed or left.
@Suite struct AskingWordsTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["华为", "Huawei"], stores: ["huawei": ["华为"], "anker": ["Anker"]]))

    @Test(arguments: [
        ("三文鱼现在有几份", IntentName.productShow), ("how many of those do you have left", .productShow),
        ("is the rice cooker in stock", .productShow), ("我积分现在能抵多少钱", .pointsShow), ("小米电视65寸开团", .groupbuyStart),
        ("follow them", .storeSubscribe), ("华为的也关注一下", .storeSubscribe), ("actually unfollow it", .storeUnsubscribe),
        ("小米的取关吧", .storeUnsubscribe), ("我现在关注了哪些店", .storeList), ("what stores am i following", .storeList),
    ])
    func theWordsSayWhatIsAsked(_ text: String, _ intent: IntentName) {
        let parse = engine.parse(text)
        #expect(parse.intent == intent, "\(text)")
        #expect(parse.confidence >= 0.75, "\(text)")
    }

    /// 三 of 三文鱼 is the name's, not a count.
    @Test func aNumberGluedToTheNameIsTheName() {
        #expect(engine.parse("三文鱼现在有几份").slots[.product] == .string("三文鱼"))
    }

    @Test(arguments: ["还有几个红包", "how many points do I have", "用500积分", "follow up on my order"])
    func otherCountsAreNotStock(_ text: String) {
        let intent = engine.parse(text).intent
        #expect(intent != .productShow && intent != .storeSubscribe, "\(text)")
    }
}

/// A swap said with a removal or a language-sounding 换成 is a swap; 换成 with a language is the language.
@Suite struct SwapWordsTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Xiaomi"]))

    @Test(arguments: ["不要这个了，太贵，换成第二个", "换成便宜的那个吧", "还是换成便宜的那个吧"])
    func aSwapIsAnUpdate(_ text: String) {
        #expect(engine.parse(text).intent == .cartUpdate, "\(text)")
    }

    @Test func aLanguageNamedIsALanguage() {
        let parse = engine.parse("换成英文")
        #expect(parse.intent == .languageSet)
        #expect(parse.slots[.lang] == .string("en"))
    }

    @Test func anArticleBeforeTheThingNeededKeepsItTheQuery() {
        #expect(engine.parse("need a rice cooker, nothing fancy, under 250").slots[.query] == .string("rice cooker"))
    }

    @Test func onesIsNoPartOfTheName() {
        #expect(engine.parse("add the pampers newborn ones").slots[.product] == .string("pampers newborn"))
    }
}

/// Chat slang read as the words it stands for; the wallet and "this order" asked about by their words.
@Suite struct SlangAndWalletTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: []))

    @Test(arguments: [
        ("好滴", IntentName.confirm), ("有木有保温杯", .catalogSearch), ("我钱包够不够啊", .walletShow), ("钱包呢", .walletShow),
        ("那我这单取消了吧", .orderCancel),
    ])
    func readAsMeant(_ text: String, _ intent: IntentName) {
        #expect(engine.parse(text).intent == intent, "\(text)")
    }

    @Test func aWalletToBuyIsAProduct() {
        #expect(engine.parse("买个钱包").intent == .cartAdd)
    }

    @Test func slangIsOnlyReplacedWhereItIs() {
        #expect(ChineseSlang.plain("木地板") == nil)
        #expect(ChineseSlang.plain("有木有") == "有没有")
    }

    @Test func nevermindThenACountIsTheCount() {
        let parse = engine.parse("nvm only 1 pack")
        #expect(parse.intent == .cartUpdate)
        #expect(parse.slots[.quantity] == .int(1))
        #expect(parse.slots[.product] == nil)
    }
}

/// One of the list asked about by a word of it; a count at the end is the count, whatever the
/// name's numbers; a remark or a reason before a request is no part of it.
@Suite struct AskedAboutTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["小米", "Lenovo", "伊利"]))

    @Test(arguments: ["小米那个咋样", "whats the lenovo one like", "how many of the midea floor fans do u have"])
    func oneOfTheListAskedAbout(_ text: String) {
        #expect(engine.parse(text).intent == .productShow, "\(text)")
    }

    @Test func theWeatherIsNoProduct() {
        #expect(engine.parse("what is the weather like").intent != .productShow)
    }

    @Test func theCountAtTheEndIsTheCount() {
        let parse = engine.parse("伊利24盒那个来两箱")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.quantity] == .int(2))
    }

    @Test func remarksBeforeARequest() {
        #expect(engine.parse("有点贵 不过冬天太冷了 买一个吧").slots[.quantity] == .int(1))
        let change = engine.parse("喝不完 伊利改成一箱")
        #expect(change.intent == .cartUpdate)
        #expect(change.slots[.product] == .string("伊利"))
    }
}
