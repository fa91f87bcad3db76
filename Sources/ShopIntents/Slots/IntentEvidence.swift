import ShopText

/// Intents the classifier hears in words that do not say them, each sure only with its evidence:
/// a comparison with a word of comparing, an address added with something of an address, a
/// bargain bought with a word of the bargain. One table, so the next such intent is one line.
enum IntentEvidence {
    /// What a reading without its evidence becomes.
    enum Without {
        /// Nothing sure was said (a story read as a comparison).
        case nothingSure
        /// The classifier's next reading ("那就买吧" is a buy, not a bargain's).
        case nextReading
    }

    /// How `intent` read in `text` is demoted, if `text` lacks its evidence.
    static func lacking(_ intent: IntentName, in text: String) -> Without? {
        switch intent {
        // "…三年级的孩子看啥书好" was an address added.
        case .addressAdd: AddressWords.saysAnAddress(text) ? nil : .nothingSure
        // "first winter in harbin 🥶 im from ghana and it was -25 this morning." was a comparison.
        case .productCompare: ComparingWords.said(text) ? nil : .nothingSure
        // "好的 那就买吧" bought a bargain never started.
        case .bargainBuy: saysBargain(text) ? nil : .nextReading
        // "can the goodbaby one fold with one hand?" started a bargain.
        case .bargainStart:
            saysBargain(text) || text.contains("价") || text.contains("便宜") || text.quickLowercased().contains("price") ? nil : .nothingSure
        // "评分才3.9啊 那10000的呢" (a product's rating remarked on) wrote a review.
        case .reviewWrite: saysReview(text) ? nil : .nothingSure
        // "下周520了 女朋友天天念叨什么小棕瓶 那是啥东西" listed the flash sales.
        case .flashList: saysFlashSale(text) ? nil : .nothingSure
        default: nil
        }
    }

    /// A word of a flash sale, or of how many it has left ("wait how many are left?").
    static func saysFlashSale(_ text: String) -> Bool {
        if ["秒杀", "限时", "抢", "特价", "还剩", "剩几", "剩多少"].contains(where: text.contains) { return true }
        let lowered = text.quickLowercased()
        return ["flash", "lightning", "sale", "deal", "left", "grab"].contains(where: lowered.contains)
    }

    /// A word of reviewing: 评价, 好评, 打分, stars, "review", "rate".
    static func saysReview(_ text: String) -> Bool {
        if ["评价", "好评", "差评", "中评", "打分", "写", "晒", "星", "评论", "点评"].contains(where: text.contains) { return true }
        // A score given: "给这个打4分", "五分" (not 评分, a product's rating remarked on).
        let scalars = Array(text.unicodeScalars)
        if scalars.indices.dropFirst().contains(where: { scalars[$0] == "分" && "0123456789一二三四五满".unicodeScalars.contains(scalars[$0 - 1]) }
        ) {
            return true
        }
        let lowered = text.quickLowercased()
        return ["review", "rate", "rating", "star", "feedback", "out of 5", "/5"].contains(where: lowered.contains)
    }

    static func saysBargain(_ text: String) -> Bool {
        if ["砍", "刀", "这个价", "这价", "现在的价", "B1", "B2", "B3", "b1", "b2", "b3"].contains(where: text.contains) { return true }
        let lowered = text.quickLowercased()
        return ["bargain", "kanjia", "haggl", "cut", "that price", "this price", "the price now", "friends"].contains(
            where: lowered.contains)
    }
}
