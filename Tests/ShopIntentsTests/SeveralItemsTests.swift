import Testing

@testable import ShopIntents

/// Several products named in one request, each with its count: `products` and `quantities`
/// instead of `product` and `quantity` (PROTOCOL.md §4).
@Suite struct SeveralItemsTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Xiaomi", "小米"]))

    @Test(arguments: [
        ("i want 2 xiaomi rice cookers and a xiaomi kettle", ["xiaomi rice cookers", "xiaomi kettle"], [2, 1] as [Int64]),
        ("add a kettle and 2 toothbrushes", ["kettle", "toothbrushes"], [1, 2]),
        ("add a kettle, 2 mugs and a tray", ["kettle", "mugs", "tray"], [1, 2, 1]),
        ("来两瓶洗发水和一支牙膏", ["洗发水", "牙膏"], [2, 1]),
        ("算法导论和深入理解计算机系统各来一本", ["算法导论", "深入理解计算机系统"], [1, 1]),
        ("算法导论和深入理解计算机系统各来两本", ["算法导论", "深入理解计算机系统"], [2, 2]),
        ("那来个宠物指甲剪和逗猫棒", ["宠物指甲剪", "逗猫棒"], [1, 1]),
        ("牙膏、牙刷和洗发水各一个", ["牙膏", "牙刷", "洗发水"], [1, 1, 1]),
    ])
    func eachProductHasItsCount(_ text: String, _ products: [String], _ counts: [Int64]) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.products] == .list(products.map(SlotValue.string)), "\(text)")
        #expect(parse.slots[.quantities] == .list(counts.map(SlotValue.int)), "\(text)")
        #expect(parse.slots[.product] == nil, "\(text)")
    }

    @Test func ordinalsEachTakeTheCount() {
        let parse = engine.parse("第一个和第三个各来两个")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.products] == .list([.int(1), .int(3)]))
        #expect(parse.slots[.quantities] == .list([.int(2), .int(2)]))
    }

    /// One product, or a part that names none, is no list: "Head & Shoulders" has no joiner,
    /// "2 of them and quickly" names one thing.
    @Test(arguments: ["add head & shoulders shampoo", "add 2 rice cookers", "来两瓶洗发水", "add it and check out"])
    func oneProductIsNoList(_ text: String) {
        #expect(engine.parse(text).slots[.products] == nil, "\(text)")
    }

    /// A change of counts stays a change: "牙膏和牙刷都改成两个".
    @Test func aChangeIsNotAnAdd() {
        #expect(engine.parse("牙膏和牙刷都改成两个").intent == .cartUpdate)
    }
}
