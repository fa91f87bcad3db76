import Testing

@testable import ShopIntents

/// What points are for is `points.show`, surely; spending them stays `points.redeem`.
@Suite struct PointsAskedAboutTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test(arguments: ["积分能干嘛", "积分有什么用", "积分怎么用", "what are points for", "what can i do with my points", "how do points work"])
    func whatPointsAreFor(text: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .pointsShow, "\(text)")
        #expect(parse.alternatives.isEmpty, "\(text): asked \(parse.alternatives)")
    }

    @Test(arguments: ["用500积分", "use my points", "积分能用就全用上"])
    func spendingStaysSpending(text: String) {
        #expect(engine.parse(text).intent == .pointsRedeem, "\(text)")
    }
}
