import Testing

@testable import ShopIntents

/// A plural whose singular a product's name holds names products (stop 50): "search mice" asked
/// what to search for, as names say "Mouse". Coupons asked of the product in view, and whether an
/// envelope is all taken, in the same stop.
@Suite struct PluralsNamedTests {
    let engine = IntentEngine(
        lexicon: Lexicon(
            brands: ["Lenovo"], stores: ["lenovo": ["lenovo"]], categories: ["electronics": ["electronics"]],
            products: ["lenovo wireless mouse": "P1", "aa battery 4-pack": "P2", "chef knife": "P3"], users: ["bob"], groups: ["family"]))

    @Test(arguments: [("search mice", "mice"), ("search wireless mice", "wireless mice"), ("any batteries", "batteries")])
    func aPluralOfANamedThingIsSearched(_ text: String, _ query: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .catalogSearch, "\(text)")
        #expect(parse.slots[.query] == .string(query), "\(text)")
    }

    @Test func singularsAreTheLikelyOnes() {
        #expect(SlotFiller.singulars(of: "mice") == ["mouse"])
        #expect(SlotFiller.singulars(of: "batteries").contains("battery"))
        #expect(SlotFiller.singulars(of: "knives").contains("knife"))
        #expect(SlotFiller.singulars(of: "watches").contains("watch"))
    }

    @Test(arguments: ["ok thanks", "yes", "this is great thanks"])
    func chatIsNoSearch(_ text: String) {
        #expect(engine.parse(text).intent != .catalogSearch, "\(text)")
    }

    @Test(arguments: ["is there a coupon for this", "are there any coupons for the kettle", "is there a coupon i can use"])
    func couponsAskedOfAreOffered(_ text: String) {
        #expect(engine.parse(text).intent == .couponClaim, "\(text)")
    }

    @Test(arguments: ["红包被抢完了吗", "红包被抢光了吗", "我发的红包抢完了吗"])
    func whetherAnEnvelopeIsAllTakenShowsIt(_ text: String) {
        #expect(engine.parse(text).intent == .redpacketShow, "\(text)")
    }

    @Test(arguments: ["抢红包", "红包 抢"])
    func aGrabIsStillAGrab(_ text: String) {
        #expect(engine.parse(text).intent == .redpacketGrab, "\(text)")
    }
}
