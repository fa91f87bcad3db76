import Testing

@testable import ShopIntents

/// "2号", "二号吧" alone are the list's item by number (PROTOCOL.md §8a); names and dates with 号
/// are not.
@Suite struct NumberedItemTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: [("2号", Int64(2)), ("二号吧", 2), ("那3号呢", 3), ("看看4号", 4), ("10号的", 10), ("十号", 10)])
    func aNumberAloneIsAPlace(text: String, place: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == .productShow, "\(text)")
        #expect(parse.slots[.product] == .int(place), "\(text)")
    }

    @Test(arguments: ["5号电池", "2号发货", "号", "0号", "99号", "几号到", "7号篮球来一个"])
    func notAPlace(text: String) {
        #expect(NumberedItem.place(text) == nil, "\(text)")
    }
}
