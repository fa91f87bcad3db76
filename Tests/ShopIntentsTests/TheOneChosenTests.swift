import Testing

@testable import ShopIntents

/// "need a rice cooker for my mum, the midea 4l one": the kind, then which one last, is an add.
@Suite struct TheOneChosenTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test func theKindAndWhichAreOneName() {
        let parse = engine.theOneChosen("need a rice cooker for my mum, the midea 4l one")
        #expect(parse?.intent == .cartAdd)
        #expect(parse?.slots[.product] == .string("midea 4l rice cooker"))
        #expect(engine.parse("need a rice cooker for my mum, the midea 4l one").intent == .cartAdd)
    }

    @Test func anOrdinalOrAComparisonIsNoWhich() {
        #expect(engine.theOneChosen("need a rice cooker, the cheaper one") == nil)
        #expect(engine.theOneChosen("need a rice cooker, the second one") == nil)
    }

    @Test func withoutAKindOrACommaNothing() {
        #expect(engine.theOneChosen("the midea one") == nil)
        #expect(engine.theOneChosen("my mom said, the midea one") == nil)
        #expect(engine.theOneChosen("我要美的的, the midea one") == nil)
    }
}
