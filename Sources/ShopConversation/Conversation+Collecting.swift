import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// "奶奶领了", "我自己也领一个沾沾喜气", "领了": 领 (collect) with no word of a coupon, points or
    /// a reward, read as a coupon claim or as nothing sure, while an envelope waits for this
    /// shopper to grab: the grab. (领 is JD's word for claiming a coupon too: "领券" stays that.)
    func collectsEnvelope(_ turn: Turn) throws -> Bool {
        if thanksTheSender(turn) { return try turn.commerce.grabbablePacket(for: turn.user) != nil }
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

    /// "谢谢老板 谢谢行政姐姐🧧", "谢谢义父🧋", "抢 谢谢大侄媳妇", "抢！手慢无": thanks said to
    /// whoever sent an envelope, or 抢 alone, is how a group chat grabs it (they read as sending
    /// one, befriending 义父, or a flash buy of "侄媳妇"). Short, with nothing else asked ("谢谢
    /// 帮我查下订单" is the order) and no word of a sale (Conversation.flashGrabbed).
    func thanksTheSender(_ turn: Turn) -> Bool {
        let said = turn.text.lowercased()
        let thanks = Self.thanksWords.contains(where: said.hasPrefix)
        // "哥大气 手动抢", "🧧🧧手慢无": 抢 said last, or the words a group chat grabs with.
        let grabs =
            said.hasPrefix("抢") && (said.count <= 6 || Self.zhThanks.contains(where: said.contains)) || said.hasSuffix("抢")
            || said.contains("手慢无")
        // English says more around its thanks ("omg thank u!! opening it").
        let limit = said.containsByte(where: { $0 >= 0xE3 }) ? 16 : 30
        guard thanks || grabs, said.count <= limit, !Self.speaksOfSale(said) else { return false }
        // ("哥大气 手动抢" searched for 手动.)
        return [.thanks, .friendAdd, .fallback, .greeting, .redpacketGrab, .flashBuy].contains(turn.parse.intent)
            || grabs && turn.parse.intent == .catalogSearch
            || turn.parse.intent == .redpacketSend && turn.slots[.amount] == nil
    }

    private static let zhThanks = ["谢谢", "谢了", "多谢"]
    /// (谢 alone opens thanks to someone: "谢队长🙏".)
    private static let thanksWords = zhThanks + ["谢", "thanks", "thank you", "thank u", "thx", "omg thank", "omg thx", "ty "]

    /// A price, 秒杀, or one of something: words of a flash sale rather than of an envelope.
    static func speaksOfSale(_ said: String) -> Bool {
        // ASCII digits only: Character.isNumber takes 三 of "谢谢三叔" for an amount.
        said.utf8.contains { (0x30...0x39).contains($0) }
            || ["秒杀", "便宜", "价", "一个", "一件", "flash", "sale", "off", "one", "deal"].contains(where: said.contains)
    }

    private static let otherCollectables = ["券", "coupon", "积分", "奖励", "签到", "礼", "谁领", "几个", "多少"]
}
