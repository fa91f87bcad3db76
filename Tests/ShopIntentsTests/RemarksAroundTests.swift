import Testing

@testable import ShopIntents

/// Stop 51: words around a request that were read as part of it — a clause that says what to do
/// with a thing ("袜子也统一下" added "袜子也统一"), hurry ("add it before someone else does" added
/// "someone else"), 写 of "写个评价" (reviewed "米写"), 也 and a verb ("毛巾也带两套" looked for
/// "毛巾也带"), the price bought at and whom it is for ("add one at the normal price for her").
@Suite struct RemarksAroundTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["安踏"], stores: [:], categories: ["clothing": ["袜子"], "food": ["米"]],
            products: ["安踏中筒袜5双装": "P1", "五常大米": "P2", "sk-ii essence": "P3"], users: [], groups: []))

    @Test func aClauseOfWhatToDoIsNoItem() {
        let parse = engine.parse("袜子也统一下 安踏中筒袜5双装的来3包")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.products] == nil)
        #expect(parse.slots[.quantity] == .int(3))
    }

    @Test func hurryNamesNothing() {
        let parse = engine.parse("the sk-ii one, only 1 left?? add it before someone else does")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("this"))
    }

    @Test(arguments: [("给这个米写个评价 五星 米很香", "米"), ("给电饭煲写个评价 五星", "电饭煲")])
    func writingIsNoPartOfTheName(_ text: String, _ product: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .reviewWrite, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
    }

    @Test func alsoAndAVerbEndTheName() {
        let parse = engine.parse("毛巾也带两套 洁丽雅那个三条装的")
        #expect(parse.slots[.product] == .string("毛巾"))
        #expect(parse.slots[.quantity] == .int(2))
    }

    @Test(arguments: ["ugh ok. add one at the normal price then", "fine, add one at the normal price for her then", "add one for her"])
    func thePriceAndWhomItIsForNameNothing(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == nil, "\(text)")
        #expect(parse.slots[.quantity] == .int(1), "\(text)")
    }
}
