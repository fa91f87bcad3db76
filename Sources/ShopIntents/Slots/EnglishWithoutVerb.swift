import ShopText

/// English that leaves its verb out: "haitian soy sauce and the wuchang rice too", "also the
/// kong and the dentastix" (more to buy), "is the bosideng warmer than the uniqlo ultra light down
/// jacket?" (two set against each other by "than").
extension IntentEngine {
    /// Products listed with "too", "as well" or a leading "also": bought, as "add …" would. One
    /// product said with "the" and "too" is bought too ("the yanxuan cashmere scarf too" opened
    /// the store its first word names).
    func listedToo(_ text: String) -> Parse? {
        // Byte searches first: asked of unsure English readings only.
        guard text.contains(" and ") || text.hasSuffix(" too") && text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "t"),
            !text.containsByte(where: { $0 >= 0xE3 })
        else { return nil }
        var said = Substring(text.quickLowercased())
        while let last = said.last, "?!. ".contains(last) { said = said.dropLast() }
        var listed = false
        for tail in [" too", " as well", " also"] where said.hasSuffix(tail) {
            said = said.dropLast(tail.count)
            listed = true
        }
        for lead in ["also ", "and ", "plus "] where said.hasPrefix(lead) {
            said = said.dropFirst(lead.count)
            listed = true
        }
        guard listed else { return nil }
        let reading = parse("add " + said)
        guard reading.intent == .cartAdd else { return nil }
        if case .list(let items)? = reading.slots[.products], items.count >= 2 {
            return Parse(intent: .cartAdd, confidence: 0.9, slots: reading.slots)
        }
        // One product: "the" and words the catalog has, nothing pointed at ("the same too").
        guard said.hasPrefix("the "), case .string(let product)? = reading.slots[.product], product.count >= 3,
            BuyingWords.namesCatalogThing(product, engine: self)
        else { return nil }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: reading.slots)
    }

    /// "is the bosideng warmer than the uniqlo …?", "is xiaomi's cheaper than the dyson": the two
    /// either side of "than" compared, when both name something the shop has.
    func comparedByThan(_ text: String) -> Parse? {
        guard text.contains(" than "), !text.containsByte(where: { $0 >= 0xE3 }) else { return nil }
        var said = Substring(text.quickLowercased())
        while let last = said.last, "?!. ".contains(last) { said = said.dropLast() }
        guard let than = said.firstRange(of: " than ") else { return nil }
        var left = said[..<than.lowerBound]
        for lead in ["is the ", "are the ", "is ", "are ", "does the ", "do the ", "which is ", "whats ", "what's "]
        where left.hasPrefix(lead) {
            left = left.dropFirst(lead.count)
            break
        }
        // The comparative said last: "warmer", "better", "more comfortable".
        var words = left.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.hasSuffix("er") || ["better", "worse"].contains(last) else { return nil }
        words.removeLast()
        if let more = words.last, ["more", "less", "any", "much", "a lot", "way"].contains(more) { words.removeLast() }
        let first = words.joined(separator: " ")
        var second = String(said[than.upperBound...])
        if second.hasPrefix("the ") { second = String(second.dropFirst(4)) }
        guard !first.isEmpty, !second.isEmpty, BuyingWords.namesCatalogThing(first, engine: self),
            BuyingWords.namesCatalogThing(second, engine: self)
        else { return nil }
        return Parse(intent: .productCompare, confidence: 0.9, slots: [.products: .list([.string(first), .string(second)])])
    }
}
