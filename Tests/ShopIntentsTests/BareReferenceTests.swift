import Testing

@testable import ShopIntents

/// A reference alone (PROTOCOL.md §8a "A reference alone"): a look at what it points at, with no
/// "details or compare?" question; "the last one" is the list's last, except where the classifier
/// reads it as the newest order.
@Suite struct BareReferenceTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [
        ("the first one", SlotValue.int(1)), ("#2", .int(2)), ("no. 2", .int(2)), ("ok the 2nd one pls", .int(2)),
        ("第二个吧", .int(2)), ("那第三个呢", .int(3)), ("嗯 第一个", .int(1)), ("第一个 谢谢", .int(1)),
        ("that one", .string("this")), ("这款", .string("this")), ("the last one", .string("last")), ("the last", .string("last")),
        ("最后一个", .string("last")), ("最后那款吧", .string("last")),
    ])
    func aReferenceAloneShowsItsProduct(text: String, product: SlotValue) {
        let parse = engine.parse(text)
        #expect(parse.intent == .productShow, "\(text)")
        #expect(parse.alternatives.isEmpty, "\(text): asked \(parse.alternatives)")
        #expect(parse.slots[.product] == product, "\(text)")
    }

    /// "the cheapest phone": a superlative and a category's word only is the superlative over the
    /// list; a product's own words stay the product asked for.
    @Test func theCheapestOfAKindIsTheListsCheapest() {
        #expect(engine.parse("add the cheapest phone").slots[.product] == .string("cheapest"))
        #expect(engine.parse("add the cheapest one").slots[.product] == .string("cheapest"))
        #expect(engine.parse("add the cheapest xiaomi phone").slots[.product] == .string("xiaomi phone"))
    }

    @Test func theLastOneIsAPlaceOnlyForProducts() {
        #expect(engine.parse("add the last one").slots[.product] == .string("last"))
        #expect(engine.parse("加最后一个").intent == .cartAdd)
        #expect(engine.parse("加最后一个").slots[.product] == .string("last"))
        // The newest order, as before; and no order or address is numbered -1.
        let cancel = engine.parse("cancel the last one")
        #expect(cancel.intent == .orderCancel)
        #expect(cancel.slots[.order] == nil)
        #expect(engine.parse("删除最后一个地址").slots[.position] == nil)
        // 最后 alone is "in the end", not a place.
        #expect(engine.parse("最后").slots[.product] == nil)
    }

    @Test func aReferenceWithMoreSaidIsNotAlone() {
        #expect(engine.parse("第一个和第二个哪个好").intent == .productCompare)
        #expect(engine.parse("add the first one").intent == .cartAdd)
        // Asked which product to show, a bare number is its place in the list.
        let answer = engine.parse("3", context: ParseContext(expecting: .init(intent: .productShow, slot: .product)))
        #expect(answer.intent == .productShow)
        #expect(answer.slots[.product] == .int(3))
    }

    @Test(arguments: [("还要根牵引绳", "牵引绳"), ("还要瓶洗洁精", "洗洁精"), ("再要根数据线", "数据线"), ("还要个台灯", "台灯")])
    func oneMoreWantedWithAMeasureWordAdds(text: String, product: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
    }
}
