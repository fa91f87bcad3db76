import Testing

@testable import ShopIntents

/// A correction, a second thought or a word of liking before a request, and a reason or a gift
/// after it, are not the request: it is read without them.
@Suite struct DiscourseWordsTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Midea"]))

    @Test(arguments: [
        ("挺好看的 买一支", IntentName.cartAdd, 1), ("哦不对 少一个，一个就够了", .cartRemove, 1), ("想了想还是再来一个吧，送我姐", .cartAdd, 1),
        ("算了还是要两个，我婆婆也要一个", .cartUpdate, 2),
    ])
    func theRequestIsReadWithoutWhatSurroundsIt(_ text: String, _ intent: IntentName, _ quantity: Int64) {
        let parse = engine.parse(text)
        #expect(parse.intent == intent, "\(text)")
        #expect(parse.slots[.quantity] == .int(quantity), "\(text)")
        // "送我姐" and "婆婆" are no products.
        #expect(parse.slots[.product] == nil, "\(text)")
    }

    @Test func englishToo() {
        #expect(engine.parse("oops cancel that order").intent == .orderCancel)
        let update = engine.parse("make it 2, one for my wife")
        #expect(update.intent == .cartUpdate)
        #expect(update.slots[.quantity] == .int(2))
        // A word that only starts like a marker is no marker.
        #expect(DiscourseWords.core(of: "ohio rice cooker") == nil)
        #expect(DiscourseWords.core(of: "well") == nil)
    }

    /// "add another" is one more of the same; a pack is no product ("add one more pack then").
    @Test func anotherIsOneMoreAndAPackIsNoProduct() {
        #expect(engine.parse("add another").slots[.quantity] == .int(1))
        let pack = engine.parse("add one more pack then")
        #expect(pack.intent == .cartAdd)
        #expect(pack.slots[.product] == nil)
        #expect(engine.parse("add the socks").slots[.quantity] == nil)
    }

    /// Whom a search is for is no word of its query.
    @Test func whomItIsForIsNoQuery() {
        let phones = engine.parse("any phones under 1000 for my grandma")
        #expect(phones.intent == .catalogSearch)
        #expect(phones.slots[.query] == nil)
        #expect(phones.slots[.maxPrice] == .int(100_000))
        #expect(SlotFiller.withoutWhomItIsFor("gift for my mom") == "gift")
        #expect(SlotFiller.withoutWhomItIsFor("grandma") == nil)
        #expect(SlotFiller.withoutWhomItIsFor("socks for running") == "socks for running")
    }

    /// "ad" for "add", the commonest slip; "adidas" and "ad" alone are left alone.
    @Test func adIsAdd() {
        #expect(engine.parse("ad the cheapest").intent == .cartAdd)
        #expect(engine.parse("Ad 2 of the first one").slots[.quantity] == .int(2))
        #expect(engine.parse("adidas shoes").intent != .cartAdd)
    }

    /// "take it" buys; "take it out" removes.
    @Test func takingIsBuyingUnlessTakenOut() {
        #expect(engine.parse("take it").intent == .cartAdd)
        #expect(engine.parse("take the first one").intent == .cartAdd)
        #expect(engine.parse("take it out").intent == .cartRemove)
        #expect(engine.parse("take it off my cart").intent == .cartRemove)
    }

    @Test func whatSurroundsItIsFound() {
        #expect(DiscourseWords.core(of: "哦不对 少一个，一个就够了") == "少一个")
        #expect(DiscourseWords.core(of: "那个，我想看看小米手机") == "我想看看小米手机")
        // A marker that needs a separator after it, without one, is part of the request.
        #expect(DiscourseWords.core(of: "那个删了") == nil)
        #expect(DiscourseWords.core(of: "少一个") == nil)
        // Nothing but markers, or a second thought that is itself the request, is left alone.
        #expect(DiscourseWords.core(of: "算了吧") == nil)
        #expect(DiscourseWords.core(of: "算了，不要了") == nil)
    }

    @Test func aSecondThoughtAloneKeepsItsMeaning() {
        #expect(engine.parse("算了").intent == .cancel)
        #expect(engine.parse("算了，不要了").intent == .cancel)
        #expect(engine.parse("不对").intent == .deny)
        #expect(engine.parse("那个删了").intent == .cartRemove)
    }

    /// Asked without the word for money in it, in a chat about red envelopes or not.
    @Test(arguments: ["还剩多少钱", "钱还剩多少", "我钱包还剩多少钱"])
    func theWalletAskedForShortly(_ text: String) {
        #expect(engine.parse(text).intent == .walletShow)
    }
}
