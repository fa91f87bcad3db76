import Testing

@testable import ShopIntents

/// A price asked of one thing is its page; "just the … then" buys only those (stop 49).
@Suite struct PriceAskedTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Xiaomi", "小米", "Lenovo", "联想"], stores: [:], groups: []))

    @Test(arguments: [
        ("whats the price of the xiaomi 14 ultra", "xiaomi 14 ultra"),
        ("so what's the price of the xiaomi 14?", "xiaomi 14"),
        ("what's the group price on the xiaomi one", "xiaomi"),
        ("what's the price of it", "this"),
    ])
    func thePriceOfOneThingIsItsPage(_ text: String, _ product: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .productShow, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
    }

    @Test func whatSuchThingsCostIsASearch() {
        #expect(IntentEngine.priceAskedOf("what's the price of a rice cooker") == nil)
        #expect(IntentEngine.priceAskedOf("lower the price of the rice cooker") == nil)
        #expect(IntentEngine.priceAskedOf("price of the kindle?")?.name == "kindle")
        #expect(IntentEngine.priceAskedOf("whats the price of the mijia one")?.pointed == true)
    }

    @Test(arguments: [
        ("第一个联想的多少钱 评价咋样", SlotValue.int(1)),
        ("这帐篷原价多少 俩人睡得下不", SlotValue.string("帐篷")),
    ])
    func aPriceAskedBesideHowItIsIsThePage(_ text: String, _ product: SlotValue) {
        let parse = engine.parse(text)
        #expect(parse.intent == .productShow, "\(text)")
        #expect(parse.slots[.product] == product, "\(text)")
    }

    @Test func justTheseThenBuysThem() {
        let one = engine.parse("just the mouse then")
        #expect(one.intent == .cartAdd)
        #expect(one.slots[.product] == .string("mouse"))
        let two = engine.parse("ok so just the wok and the cutting board then")
        #expect(two.intent == .cartAdd)
        #expect(two.slots[.products] == .list([.string("wok"), .string("cutting board")]))
        #expect(engine.justThese("just the two of us") == nil)
    }
}
