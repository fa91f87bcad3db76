import Testing

@testable import ShopIntents

/// Counts corrected as shoppers say them: too many or too few then a bare count is the new count,
/// "double it" / "翻倍" multiply the line (`times`), a name then ", N packs" is an order of it.
@Suite struct CountCorrectionTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Nike", "Darlie"]))

    @Test(arguments: [("太多了 3提吧", 3 as Int64), ("少了，两个吧", 2), ("买多了 1个", 1)])
    func aBareCountAfterTooManyIsTheNewCount(_ text: String, _ count: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartUpdate, "\(text)")
        #expect(parse.slots[.quantity] == .int(count), "\(text)")
    }

    @Test func tooManyThenLessOneTakesOneOut() {
        let parse = engine.parse("多了 减一个")
        #expect(parse.intent == .cartRemove)
        #expect(parse.slots[.quantity] == .int(1))
    }

    @Test(arguments: [("double it", 2 as Int64), ("actually double it", 2), ("翻倍", 2), ("数量翻个倍吧", 2), ("triple it", 3)])
    func doublingMultipliesTheLine(_ text: String, _ times: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartUpdate, "\(text)")
        #expect(parse.slots[.times] == .int(times), "\(text)")
        #expect(parse.slots[.product] == nil, "\(text): 'double' is no product")
        #expect(parse.slots[.quantity] == nil, "\(text)")
    }

    @Test func aNameThenACountOfPacksIsAnOrder() {
        let parse = engine.parse("nike socks, 3 packs")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.quantity] == .int(3))
        #expect(parse.slots[.product] == .string("nike socks"))
        #expect(engine.parse("search socks, 3 packs").intent == .catalogSearch)
    }

    @Test func aReasonAfterACountIsNoProduct() {
        let parse = engine.parse("hmm actually make it 5, stocking up")
        #expect(parse.intent == .cartUpdate)
        #expect(parse.slots[.quantity] == .int(5))
        #expect(parse.slots[.product] != .string("stocking up"))
    }
}

/// A product chosen by pointing at it is an add, not a yes or a removal.
@Suite struct ChoosingTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: []))

    @Test(arguments: ["就它了", "就这个吧", "就要这款", "要评分高的那个", "要便宜的那个"])
    func pointingAtAProductAddsIt(_ text: String) {
        #expect(engine.parse(text).intent == .cartAdd, "\(text)")
    }

    @Test(arguments: ["要不要这个", "就这样吧"])
    func aQuestionOrAYesIsNoChoice(_ text: String) {
        #expect(engine.parse(text).intent != .cartAdd, "\(text)")
    }

    @Test(arguments: [("还是2包吧 先试试", 2 as Int64), ("算了还是要两个，我婆婆也要一个", 2)])
    func aSecondThoughtCountIsTheNewCount(_ text: String, _ count: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartUpdate, "\(text)")
        #expect(parse.slots[.quantity] == .int(count), "\(text)")
    }
}

/// A shelf asked about with no store named is a search; "顺便" before a request is filler.
@Suite struct ShelfQuestionTests {
    let engine = IntentEngine(lexicon: Lexicon(stores: ["xiaomi": ["小米"]]))

    @Test func aShelfWithNoStoreIsASearch() {
        let parse = engine.parse("狗粮有啥")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string("狗粮"))
    }

    @Test func byTheWayIsFiller() {
        #expect(engine.parse("顺便看看猫砂").slots[.query] == .string("猫砂"))
    }
}

/// Of several clauses, the one that orders a count is the request when the others are reasons.
@Suite struct CountedClauseTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["三只松鼠"]))

    @Test(arguments: [
        ("再来一件 给我老公", nil as String?, 1 as Int64), ("给我来3份 周末家里聚餐", nil, 3), ("顺便猫条也来一盒 我家主子爱吃", "猫条", 1),
        ("make it 3, the office drinks a lot", "this", 3),
    ])
    func theCountedClauseIsTheRequest(_ text: String, _ product: String?, _ count: Int64) {
        let parse = engine.parse(text)
        #expect([IntentName.cartAdd, .cartUpdate].contains(parse.intent), "\(text)")
        #expect(parse.slots[.quantity] == .int(count), "\(text)")
        #expect(parse.slots[.product] == product.map(SlotValue.string), "\(text)")
    }

    /// A clause that names the product is no aside: "三只松鼠 来两包" is two of 三只松鼠.
    @Test func aClauseNamingTheProductStays() {
        #expect(engine.parse("三只松鼠 来两包").slots[.product] == .string("三只松鼠"))
    }
}
