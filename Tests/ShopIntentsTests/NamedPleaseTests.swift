import Testing

@testable import ShopIntents

/// An English name of one product (a brand, a model number) and "pls" orders it, a kind alone is
/// looked for; "scratch the candle" removes it; a Chinese pick or count change said last, after
/// why, is the request (stop 49).
@Suite struct NamedPleaseTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Apple", "AirPods"], stores: [:], groups: []))

    @Test(arguments: ["airpods pro pls", "treat myself too lol. airpods pro pls", "treat myself too lol. the airpods pro please"])
    func aNameAndPleaseOrdersIt(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string("airpods pro"), "\(text)")
    }

    @Test(arguments: ["search airpods pls", "show me airpods please", "where is my order pls", "newborn diapers please"])
    func aVerbOfItsOwnOrAKindAloneIsNoOrder(_ text: String) {
        #expect(engine.parse(text).intent != .cartAdd, "\(text)")
    }

    @Test func aPickSaidLastAfterWhyAddsIt() {
        #expect(IntentEngine.pickSaidLast("太贵了 她一个人用不了这么好的 要第一个吧") == 1)
        #expect(IntentEngine.pickSaidLast("那就第三个") == nil)
        #expect(IntentEngine.pickSaidLast("太贵了 删第一个") == nil)
        let parse = engine.parse("太贵了 她一个人用不了这么好的 要第一个吧")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .int(1))
    }

    @Test(arguments: ["eh scratch the candle, our smoke alarm goes off if u look at it wrong", "ditch the candle", "nah skip the candle"])
    func scratchingAThingRemovesIt(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartRemove, "\(text)")
        #expect(parse.slots[.product] == .string("candle"), "\(text)")
    }

    @Test func aCountChangeSaidLastIsOfTheThingNamedBefore() {
        let engine = IntentEngine(lexicon: .demo)
        let parse = engine.parse("哦不对 次卧已经有窗帘了 少一个")
        #expect(parse.intent == .cartRemove)
        #expect(parse.slots[.product] == .string("窗帘"))
        #expect(parse.slots[.quantity] == .int(1))
    }
}
