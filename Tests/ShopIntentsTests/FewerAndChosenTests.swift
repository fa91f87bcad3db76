import Testing

@testable import ShopIntents

/// Stop 51: "再少一箱吧" is one fewer again (it added one); where a thing would not fit names no
/// line ("啊冰箱塞不下 少一箱吧" looked for "冰箱塞"); a kind bought, then which one said last in
/// Chinese ("算了还是只买个牙膏吧 黑人双重薄荷那个" cancelled).
@Suite struct FewerAndChosenTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["黑人", "安克", "高露洁"], stores: [:], categories: ["home": ["冰箱", "牙膏"]],
            products: ["黑人双重薄荷牙膏": "P1", "高露洁牙膏": "P2", "安克充电宝": "P3", "冰箱": "P4"], users: [], groups: []))

    @Test(arguments: ["再少一箱吧", "再少一个", "再减一个"])
    func fewerAgainIsFewer(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartRemove, "\(text)")
        #expect(parse.slots[.quantity] == .int(1), "\(text)")
    }

    @Test(arguments: ["啊冰箱塞不下 少一箱吧", "冰箱塞不下，少一箱吧", "冰箱放不下了 再少一箱"])
    func whereItWouldNotFitIsNoLine(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartRemove, "\(text)")
        #expect(parse.slots[.product] == nil, "\(text)")
        #expect(parse.slots[.quantity] == .int(1), "\(text)")
    }

    @Test func aLineNamedStillLosesOne() {
        let parse = engine.parse("哦不对 冰箱太大了 牙膏少一个")
        #expect(parse.intent == .cartRemove)
        #expect(parse.slots[.product] != nil)
    }

    @Test(
        arguments: [
            ("算了还是只买个牙膏吧 黑人双重薄荷那个", "黑人双重薄荷牙膏", nil),
            ("买两支牙膏 高露洁的那个", "高露洁牙膏", 2),
            ("来个充电宝 要安克那款", "安克充电宝", nil),
        ] as [(String, String, Int64?)])
    func aKindThenWhichOneAddsThatOne(_ text: String, _ product: String, _ quantity: Int64?) {
        let parse = engine.parse(text)
        #expect(parse.intent == .cartAdd, "\(text)")
        #expect(parse.slots[.product] == .string(product), "\(text)")
        #expect(parse.slots[.quantity] == quantity.map { .int($0) }, "\(text)")
    }

    @Test(arguments: ["买个牙膏 那个", "牙膏有吗 那个多少钱"])
    func noWhichSaidIsNoChoice(_ text: String) {
        #expect(engine.parse(text).slots[.product] != .string("那个牙膏"), "\(text)")
    }
}
