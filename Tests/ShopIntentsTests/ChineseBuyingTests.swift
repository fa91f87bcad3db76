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
        #expect(parse.slots["quantity"] == .int(2))
        #expect(parse.slots["product"] == .string("三只松鼠开心果"))
    }

    @Test func theMeasureWordIsNotTheName() {
        let parse = engine.parse("买本活着")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots["product"] == .string("活着"))
    }

    @Test(arguments: ["买个啥好", "买本书推荐一下吗"])
    func aQuestionIsNotAnAdd(_ text: String) {
        #expect(engine.parse(text).intent != .cartAdd)
    }

    @Test(arguments: [("家里猫主子的粮快吃完了，有猫粮吗", "猫粮"), ("家里纸巾用完了，有抽纸吗", "抽纸")])
    func theAskingClauseNamesTheSearch(_ text: String, _ query: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots["query"] == .string(query))
    }
}
