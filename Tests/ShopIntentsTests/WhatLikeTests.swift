import Testing

@testable import ShopIntents

/// "whats the X like": the name "the" and "like" enclose, "one" dropped, "the …" after added.
@Suite struct WhatLikeTests {
    @Test func theNameBetweenTheAndLike() {
        #expect(IntentEngine.whatIsLike("whats the bear one like, the multi cooker") == "bear multi cooker")
        #expect(IntentEngine.whatIsLike("4.8k is insane 😩 whats the xiaomi pad 6 like?") == "xiaomi pad 6")
        #expect(IntentEngine.whatIsLike("What's the Lenovo one like") == "lenovo")
    }

    @Test func otherQuestionsAreNotIt() {
        #expect(IntentEngine.whatIsLike("whats the price") == nil)
        #expect(IntentEngine.whatIsLike("i like the bear one") == nil)
        #expect(IntentEngine.whatIsLike("somewhats the thing like") == nil)
        // The words themselves; whether they name a product is the engine's question.
        #expect(IntentEngine.whatIsLike("what's the weather like") == "weather")
        #expect(IntentEngine(lexicon: .demo).parse("what's the weather like").intent != .productShow)
    }
}
