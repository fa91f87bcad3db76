import Testing

@testable import ShopIntents

/// Stop 51: a number read as a count that says something else — a product's figure ("那还是换成20000
/// 的吧" set a line to 20,000), a price thought about ("1999还行 也加上" added 1,999) — and one more said
/// last of the thing named before ("鸡蛋一盒不够吃 再来一盒" added one more of the line last touched).
@Suite struct NumberNotCountTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["安克"], stores: [:], categories: ["food": ["鸡蛋"]],
            products: ["安克10000mah充电宝": "P1", "安克20000mah快充充电宝": "P2", "土鸡蛋": "P3"], users: [], groups: []))

    @Test(arguments: [
        ("那还是换成20000的吧 大就大点 正好凑券", "20000"), ("换成20000毫安的", "20000"), ("换成那个20000的充电宝", "20000 充电宝"),
        ("10000那个加入购物车", "10000"),
    ])
    func aFigureNamesTheProduct(_ text: String, _ product: String) {
        let parse = engine.parse(text)
        #expect(parse.slots[.quantity] == nil, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
    }

    @Test func aPriceThoughtAboutIsNoCount() {
        let parse = engine.parse("1999还行 也加上")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.quantity] == nil)
    }

    @Test(arguments: [("来100个", 100), ("来12个", 12), ("改成3个", 3)] as [(String, Int64)])
    func countsStayCounts(_ text: String, _ count: Int64) {
        #expect(engine.parse(text).slots[.quantity] == .int(count), "\(text)")
    }

    @Test func oneMoreOfTheThingNamedBefore() {
        let parse = engine.parse("鸡蛋一盒不够吃 再来一盒")
        #expect(parse.intent == .cartAdd)
        #expect(parse.slots[.product] == .string("鸡蛋"))
        #expect(engine.parse("好吃 再来一盒").slots[.product] == nil)
    }
}
