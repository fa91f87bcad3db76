import ShopText

/// "wheres the formula?? we're almost out", "before i pay, where is the train now?": where a
/// thing the catalog names is, asked, is its delivery (it removed the formula, or quoted the
/// cart). "where is my …" was read so already.
extension IntentEngine {
    func whereIsAsked(_ text: String) -> Bool {
        // Bytes first, asked of every English utterance ("where is order 1024" names no thing).
        guard text.contains("where") || text.contains("Where"), text.contains(" the ") else { return false }
        let words = text.quickLowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
        guard let at = words.firstIndex(where: { ["where's", "wheres", "where"].contains($0) }) else { return false }
        var rest = words[(at + 1)...]
        if words[at] == "where", let verb = rest.first, ["is", "are", "r"].contains(verb) { rest = rest.dropFirst() }
        guard rest.first == "the" else { return false }
        let named = rest.dropFirst().prefix { !["now", "at", "rn", "already", "though"].contains($0) }.prefix(3)
        guard !named.isEmpty, !named.contains(where: { Self.notDelivered.contains(String($0)) }) else { return false }
        return BuyingWords.namesCatalogThing(named.joined(separator: " "), engine: self)
    }

    /// Things of the shop, not of a parcel: where they are is asked of the app.
    private static let notDelivered: Set<String> = ["store", "shop", "coupon", "coupons", "cart", "button", "envelope", "link", "checkout"]
}
