import Testing

@testable import ShopIntents

/// Whether a coupon works, what coupons are held, one taken from a store's; the cart and the wallet
/// asked after; which of a kind is good (stop 49).
@Suite struct CouponsAskedTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Lenovo", "联想"], stores: ["lenovo": ["lenovo", "联想"]], groups: []))

    @Test(arguments: [
        "wait does my welcome coupon work on this?", "will the 10% coupon apply to my cart", "whats the total w/ it", "total w/ coupon?",
    ])
    func whetherACouponWorksIsAQuote(_ text: String) {
        #expect(engine.parse(text).intent == .cartQuote, "\(text)")
    }

    @Test(arguments: ["u said i got a coupon?", "you said i have a coupon?"])
    func whatWasSaidOfCouponsListsThem(_ text: String) {
        #expect(engine.parse(text).intent == .couponList, "\(text)")
    }

    @Test func takingOneOfAStoresCouponsClaimsIt() {
        let parse = engine.parse("any coupons from the lenovo store rn? ill take one")
        #expect(parse.intent == .couponClaim)
        #expect(parse.slots[.store] == .string("lenovo"))
        #expect(CouponWorks.takingOneOf("search rice cooker, ill take one") == nil)
    }

    @Test(arguments: ["购物车空了吧", "购物车是不是空了", "购物车空了"])
    func whetherTheCartIsEmptyShowsIt(_ text: String) {
        #expect(engine.parse(text).intent == .cartShow, "\(text)")
    }

    @Test func emptyingTheCartStaysAClear() {
        #expect(engine.parse("清空购物车吧").intent == .cartClear)
    }

    @Test func whichOfAKindIsGoodSearchesIt() {
        let parse = engine.parse("婴儿湿巾哪个好")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.query] == .string("婴儿湿巾"))
        // One named against the one in view is still a comparison.
        #expect(engine.parse("她闺蜜用的小黑瓶 哪个好啊").intent == .productCompare)
    }

    @Test(arguments: ["hows my wallet after that envelope?", "老四这货一天了还没领 钱退回来没 我钱包还剩多少"])
    func theWalletAskedBesideAnEnvelopeIsTheWallet(_ text: String) {
        #expect(engine.parse(text).intent == .walletShow, "\(text)")
    }

    @Test func theEnvelopeAloneIsStillTheEnvelope() {
        #expect(engine.parse("who grabbed my envelope").intent == .redpacketShow)
    }
}
