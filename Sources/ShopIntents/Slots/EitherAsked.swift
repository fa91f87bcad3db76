import ShopText

extension IntentEngine {
    /// "huawei watch gt 4 or apple watch s9?", "… hes been hinting at a smartwatch lol. huawei
    /// watch gt 4 or apple watch s9?": two things the shop has, set either side of "or" in an
    /// English question, are compared as "vs" would set them (read whole, "s9" was a coupon to
    /// claim). Nil unless both sides name something the shop has.
    func eitherAsked(_ text: String) -> Parse? {
        // Byte searches first: asked of English readings that are not already comparisons.
        guard text.contains(" or "), text.contains("?") || text.contains("which"), !text.containsByte(where: { $0 >= 0xE3 }) else {
            return nil
        }
        let sentence = Self.sentences(of: text).last(where: { $0.contains(" or ") }) ?? text
        guard let cut = sentence.ranges(of: " or ").last else { return nil }
        var left = sentence[..<cut.lowerBound].quickLowercased()
        var right = Substring(sentence[cut.upperBound...].quickLowercased())
        while let last = right.last, last == "?" || last == " " { right = right.dropLast() }
        // What is asked before the first name: "which is better, …", "should i get …".
        if let comma = left.lastIndex(of: ",") { left = String(left[left.index(after: comma)...]) }
        guard BuyingWords.namesCatalogThing(left, engine: self), BuyingWords.namesCatalogThing(String(right), engine: self) else {
            return nil
        }
        let reading = parse(left + " vs " + String(right))
        guard reading.intent == .productCompare, case .list(let items)? = reading.slots[.products], items.count == 2 else { return nil }
        return reading
    }
}
