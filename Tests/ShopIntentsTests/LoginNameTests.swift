import Testing

@testable import ShopIntents

/// A login names someone only with a lead ("as bob", "switch to bob", "登录小明"): "hiii first time
/// here 👋 sign in w wechat" logged a new shopper in as "hiii" (then, said alone, as "w").
@Suite struct LoginNameTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Anta"]))

    @Test(arguments: ["hiii first time here 👋 sign in w wechat", "sign in w wechat", "log me in", "用微信登录"])
    func namesNobody(_ text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .accountLogin)
        #expect(parse.slots[.user] == nil)
    }

    @Test(arguments: [
        ("login bob", "bob"), ("login as bob", "bob"), ("switch to bob", "bob"), ("登录小明", "小明"), ("小明登录", "小明"),
    ])
    func namesWhoFollowsTheLead(_ text: String, _ user: String) {
        #expect(engine.parse(text).slots[.user] == .string(user))
    }
}
