import ShopText

/// "how do i track my order", "how can i see what i ordered?": asking how to do something the
/// shop does is asking it done. Read as help, or as a price quote ("how do i track my order" at
/// 0.53), it answered nothing asked.
extension IntentEngine {
    /// The request the question asks how to make, when it reads as one surely; nil otherwise.
    func howDoI(_ text: String) -> Parse? {
        guard text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "h") }) == true else { return nil }
        let lowered = text.quickLowercased()
        guard let opening = Self.openings.first(where: lowered.hasPrefix) else { return nil }
        let rest = String(lowered.dropFirst(opening.count)).trimmingCharacters()
        guard rest.split(separator: " ").count >= 2 else { return nil }
        let reading = parse(rest)
        // Of the shop's own doings: "how to lose weight fast" searches nothing, "how do I make
        // dumplings" befriends nobody.
        guard reading.confidence >= 0.9, !BuyingWords.chat.contains(reading.intent), !Self.notHowTo.contains(reading.intent),
            reading.alternatives.isEmpty
        else { return nil }
        return reading
    }

    private static let notHowTo: Set<IntentName> = [.catalogSearch, .friendAdd, .productShow, .productCompare]
    private static let openings = ["how do i ", "how can i ", "how do you ", "how to ", "how would i "]
}
