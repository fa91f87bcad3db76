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
        default: nil
        }
    }

    static func saysBargain(_ text: String) -> Bool {
        if ["砍", "刀", "这个价", "这价", "现在的价", "B1", "B2", "B3", "b1", "b2", "b3"].contains(where: text.contains) { return true }
        let lowered = text.quickLowercased()
        return ["bargain", "kanjia", "cut", "that price", "this price", "the price now", "friends"].contains(where: lowered.contains)
    }
}
