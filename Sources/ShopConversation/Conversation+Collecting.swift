import ShopCommerce
import ShopIntents

extension Conversation {
    /// "奶奶领了", "我自己也领一个沾沾喜气", "领了": 领 (collect) with no word of a coupon, points or
    /// a reward, read as a coupon claim or as nothing sure, while an envelope waits for this
    /// shopper to grab: the grab. (领 is JD's word for claiming a coupon too: "领券" stays that.)
    func collectsEnvelope(_ turn: Turn) throws -> Bool {
        guard turn.text.contains("领"), !Self.otherCollectables.contains(where: turn.text.lowercased().contains) else { return false }
        // (A return with no word of returning is a guess: "谢谢外甥 我也领一个沾沾喜气".)
        let returnsNothing = turn.parse.intent == .orderReturn && !["退", "换"].contains(where: turn.text.contains)
        let unsure = turn.parse.confidence < 0.9 || turn.parse.intent == .fallback || returnsNothing
        // (领 is no verb of buying: "我也领一个沾沾喜气" adds nothing.)
        let claimsNothingNamed =
            turn.parse.intent == .couponClaim && turn.slots[.coupon] == nil
            || turn.parse.intent == .cartAdd && !Self.saysBuying(turn.text.lowercased())
        guard unsure || claimsNothingNamed, ![.redpacketGrab, .redpacketShow].contains(turn.parse.intent) else { return false }
        return try turn.commerce.grabbablePacket(for: turn.user) != nil
    }

    private static let otherCollectables = ["券", "coupon", "积分", "奖励", "签到", "礼", "谁领", "几个", "多少"]
}
