import Testing

@testable import ShopIntents

/// A count said to be enough with nothing named (PROTOCOL.md §8a): `cart.update` with that count,
/// in Chinese and English; anything more, or no count, is left to the other readings.
@Suite struct EnoughCountTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [
        ("两个就够了", Int64(2)), ("一个就够", 1), ("两个就行", 2), ("2个够了", 2), ("那就一个就够了", 1), ("一个就好啦", 1),
        ("三瓶就可以", 3), ("one is enough", 1), ("just one is enough", 1), ("two is fine", 2), ("3 will be enough", 3),
        ("ok two is plenty thanks", 2),
    ])
    func aCountThatIsEnough(text: String, count: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartUpdate, "\(text)")
        #expect(parse.slots[.quantity] == .int(count), "\(text)")
        #expect(parse.slots[.product] == nil, "\(text)")
    }

    @Test(arguments: ["够了", "几个就够", "这个就行", "够不够", "is that enough", "one more is fine by me", "两个人就够了", "零个就够了"])
    func notACountThatIsEnough(text: String) {
        #expect(EnoughCount.count(text) == nil, "\(text)")
    }
}
