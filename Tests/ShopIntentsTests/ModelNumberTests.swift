import Testing

@testable import ShopIntents

/// A model number written with its maker's prefix ("AT-T7916Z", "lx-a5958z") is one code: its
/// prefix is not a word ("at" of "take a cut at B8" made "anta hoodie at-t7916z" a bargain) and
/// its digits are not an order ("lenovo keyboard lx-a5958z" was a return of order 5958).
@Suite struct ModelNumberTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Anta", "Lenovo", "Philips"]))

    @Test(arguments: ["anta hoodie at-t7916z", "find anta yoga mat at-s5140u", "search anta basketball shoes at-y2844n", "安踏T恤AT-U0798Q"])
    func isNotABargain(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent != .bargainCut)
        #expect(parse.slots[.bargain] == nil)
    }

    @Test func isOneCode() {
        let parse = engine.parse("claim coupon hd-l2925f")
        #expect(parse.slots[.coupon] == .string("HD-L2925F"))
    }

    @Test(arguments: ["return the lenovo keyboard lx-a5958z", "退掉联想键盘LX-A5958Z"])
    func isNotAnOrder(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .orderReturn)
        #expect(parse.slots[.order] == nil)
    }

    /// Codes without a prefix, and words joined by a hyphen, read as before.
    @Test func otherCodesReadAsBefore() {
        #expect(engine.parse("return order 1003").slots[.order] == .int(1003))
        #expect(engine.parse("claim coupon SAVE50").slots[.coupon] == .string("SAVE50"))
        #expect(engine.parse("cut b7").slots[.bargain] == .string("B7"))
    }
}
