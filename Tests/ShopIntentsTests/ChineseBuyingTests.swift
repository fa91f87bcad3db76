import Testing

@testable import ShopIntents

/// Chinese buying as typed: 买 with a count or measure word is an add whatever the name's own
/// numbers (三只松鼠) suggest, the measure word is not the name's, and of several clauses the
/// one that asks names the search.
@Suite struct ChineseBuyingTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["三只松鼠", "Midea"]))

    @Test func aCountedBuyIsAnAdd() {
        let parse = engine.parse("买两包三只松鼠开心果")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.quantity] == .int(2))
        #expect(parse.slots[.product] == .string("三只松鼠开心果"))
    }

    /// One more buy reads the same, and surely: "再买本三体" is 三体.
    @Test func anotherCountedBuyIsAnAdd() {
        let parse = engine.parse("再买本三体")
        #expect(parse.intent == .cartAdd)
        #expect(parse.confidence >= 0.9)
        #expect(parse.slots[.product] == .string("三体"))
    }

    /// "两个都要": both of what was shown, added (it had read as a removal).
    @Test(arguments: ["两个都要", "两个都要了", "这两个都要吧"])
    func bothAreTaken(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string("those"), "\(text)")
    }

    @Test func theMeasureWordIsNotTheName() {
        let parse = engine.parse("买本活着")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("活着"))
    }

    /// Words for what is on screen, then 来 with a count and a measure word: an add of it.
    @Test(arguments: [("评分最高的来两箱", "best rated", 2), ("最便宜的来一个吧", "cheapest", 1)])
    func aCountedTakeOfWhatIsShownIsAnAdd(_ text: String, _ product: String, _ quantity: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string(product))
        #expect(parse.slots[.quantity] == .int(quantity))
    }

    /// Whatever else the words suggest: 评分 a review, 饮水机来一个 a return.
    @Test(arguments: [("评分高的那个来两罐", 2), ("小佩智能饮水机来一个", 1), ("买两罐奶粉", 2)])
    func aCountedTakeOutweighsOtherReadings(_ text: String, _ quantity: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.quantity] == .int(quantity), "\(text)")
    }

    @Test func aPoliteSearchIsASearch() {
        let parse = engine.parse("先帮我搜下口红")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string("口红"))
        #expect(BuyingWords.opensWithSearch("麻烦帮我搜一下小米手机"))
        #expect(!BuyingWords.opensWithSearch("帮我看看搜过的"))
    }

    @Test(arguments: ["评分最高的有几箱", "评分最高的来几箱", "评分最高的"])
    func noCountedTakeIsNoAdd(_ text: String) {
        #expect(!BuyingWords.takesCounted(text))
    }

    /// A request with a reason beside it ("太贵了") is the request; two requests, or none, are
    /// not picked apart.
    @Test func theOneRequestAmongClausesIsRead() {
        let parse = engine.parse("罗技那个删了吧 太贵了")
        #expect(parse.intent == .cartRemove)
        #expect(parse.slots[.product] == .string("罗技"))
        #expect(BuyingWords.requestClause("太贵了 好贵啊", engine: engine) == nil)
        #expect(BuyingWords.requestClause("太贵了", engine: engine) == nil)
    }

    @Test(arguments: ["买个啥好", "买本书推荐一下吗"])
    func aQuestionIsNotAnAdd(_ text: String) {
        #expect(engine.parse(text).intent != .cartAdd)
    }

    @Test(arguments: [("家里猫主子的粮快吃完了，有猫粮吗", "猫粮"), ("家里纸巾用完了，有抽纸吗", "抽纸")])
    func theAskingClauseNamesTheSearch(_ text: String, _ query: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string(query))
    }
}
